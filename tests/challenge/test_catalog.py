import shutil
from pathlib import Path

import pytest

from judge.challenge.catalog import all_challenges, find_challenge, load_challenge
from judge.errors import ChallengePackageError, UnknownChallenge

from ..conftest import CHALLENGES


def test_every_packaged_challenge_is_valid():
    found = all_challenges()
    assert {"max-subarray", "zero-sum-pair"} <= {c.slug for c in found}
    for challenge in found:
        assert challenge.folder.name == challenge.slug.replace("-", "_")
        assert len(challenge.hints) >= 3, challenge.slug


@pytest.mark.parametrize("name", ["max-subarray", "max_subarray", " MAX-SUBARRAY "])
def test_slug_accepts_hyphens_and_underscores(name):
    assert find_challenge(name).slug == "max-subarray"


def test_unknown_slug_suggests_the_closest():
    with pytest.raises(UnknownChallenge, match="Did you mean max-subarray"):
        find_challenge("max-subaray")
    with pytest.raises(UnknownChallenge, match="judge list"):
        find_challenge("qqqqqq")


def copy_package(tmp_path: Path) -> Path:
    target = tmp_path / "max_subarray"
    shutil.copytree(CHALLENGES / "max_subarray", target)
    return target


def test_missing_file_is_named(tmp_path):
    package = copy_package(tmp_path)
    (package / "reference.py").unlink()
    with pytest.raises(ChallengePackageError, match=r"reference\.py: required file is missing"):
        load_challenge(package)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('difficulty = "easy"', 'difficulty = "trivial"', "field 'difficulty' must be one of"),
        ('compare = "exact"', 'compare = "sorted"', "field 'compare' must be one of"),
        ("factor = 30", 'factor = "thirty"', "field 'factor' must be a number"),
        ("sizes = [500,", "sizes = [5000, 500,", "'sizes' must be strictly increasing"),
        ('slug = "max-subarray"', 'slug = "other"', "field 'slug' is 'other'"),
        ('name = "max_subarray_sum"', "", "missing field 'name'"),
        ('compare = "exact"', 'compare = "approx"', "missing field 'rtol'"),
        ('compare = "exact"', 'compare = "approx"\nrtol = 0\natol = 0', "use compare = "),
        ('compare = "exact"', 'compare = "exact"\nrtol = 1e-3', "only applies to compare"),
        ("factor = 30", 'factor = 30\nlimit = "fast"', "field 'limit' must be one of"),
        ('compare = "exact"', 'compare = "exact"\nnumpy = "yes"', "field 'numpy' must be true"),
    ],
)
def test_bad_fields_are_named_with_their_file(tmp_path, old, new, message):
    package = copy_package(tmp_path)
    toml = package / "challenge.toml"
    text = toml.read_text()
    assert old in text
    toml.write_text(text.replace(old, new, 1))
    with pytest.raises(ChallengePackageError) as caught:
        load_challenge(package)
    assert message in str(caught.value)
    assert "challenge.toml" in str(caught.value)


def test_invalid_toml_is_reported(tmp_path):
    package = copy_package(tmp_path)
    (package / "challenge.toml").write_text("slug = [unclosed")
    with pytest.raises(ChallengePackageError, match="not valid TOML"):
        load_challenge(package)


def test_limit_kinds_have_their_own_default_factor(tmp_path):
    package = copy_package(tmp_path)
    toml = package / "challenge.toml"
    toml.write_text(toml.read_text().replace("factor = 30\n", 'limit = "vectorised"\n'))
    spec = load_challenge(package).performance
    assert (spec.limit, spec.factor) == ("vectorised", 5)
    assert "vectorised reference" in spec.limit_words
    assert load_challenge(CHALLENGES / "max_subarray").performance.limit == "growth"


def test_approx_tolerances_are_read():
    challenge = load_challenge(CHALLENGES / "streaming_stats")
    assert (challenge.compare, challenge.rtol, challenge.atol, challenge.numpy) == (
        "approx",
        1e-3,
        1e-9,
        True,
    )


def test_every_challenge_belongs_to_one_half_of_the_guide():
    """The eight puzzles, and the machine-learning half (ML_CHALLENGES.md)."""
    parts = {c.slug: c.part for c in all_challenges()}
    puzzles = {
        "is-palindrome", "linked-list-cycle", "max-subarray", "missing-element",
        "zero-sum-pair", "csv-aggregate", "merge-k-sorted", "palindromic-substrings",
    }  # fmt: skip
    assert {slug for slug, part in parts.items() if part == "puzzles"} == puzzles
    assert parts["contains-any"] == parts["kmeans"] == "machine learning"
