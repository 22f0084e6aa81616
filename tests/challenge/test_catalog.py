"""The catalogue: discovering packages (shipped, extra folders, entry points), validating
each and naming every mistake by file and field, resolving slugs."""

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge.challenge import catalog
from judge.challenge.catalog import (
    InvalidPackage,
    all_challenges,
    challenge_roots,
    find_challenge,
    load_challenge,
    scan,
)
from judge.cli import main
from judge.errors import ChallengePackageError, UnknownChallenge

from ..conftest import CHALLENGES
from .packages import SHIPPED, assert_reported, copy, edit, problem_lines, renamed_copy


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


# -- extra challenge folders -----------------------------------------------------------------


def test_extra_folders_join_the_catalogue(monkeypatch, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    renamed_copy(first, "max_subarray", "max_subarray_again")
    renamed_copy(second, "zero_sum_pair", "zero_sum_pair_again")
    monkeypatch.setenv("JUDGE_CHALLENGE_PATH", f"{first}{os.pathsep}{second}")
    result = CliRunner().invoke(main, ["list"])
    assert result.exit_code == 0, result.output
    for slug in ("max-subarray", "max-subarray-again", "zero-sum-pair-again"):
        assert f"\n  {slug} " in result.output
    assert find_challenge("zero-sum-pair-again").folder == second / "zero_sum_pair_again"
    assert challenge_roots() == [SHIPPED, first, second]


def test_judge_challenges_dir_still_means_only_that_folder(monkeypatch, catalogue, tmp_path):
    copy(catalogue, "zero_sum_pair")
    extra = tmp_path / "extra"
    extra.mkdir()
    renamed_copy(extra, "max_subarray", "max_subarray_again")
    monkeypatch.setenv("JUDGE_CHALLENGE_PATH", str(extra))
    monkeypatch.setenv("JUDGE_CHALLENGES_DIR", str(catalogue))
    assert [c.slug for c in all_challenges()] == ["zero-sum-pair"]


def test_a_challenge_in_two_roots_is_an_error_naming_both(monkeypatch, tmp_path):
    extra = tmp_path / "extra"
    copy(extra, "max_subarray")
    monkeypatch.setenv("JUDGE_CHALLENGE_PATH", str(extra))
    for args in (["list"], ["show", "max-subarray"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, result.output
        assert (
            f"{SHIPPED / 'max_subarray'}: the challenge 'max-subarray' is also in " in result.output
        )
        assert f"{extra / 'max_subarray'}; rename or remove one of them" in result.output
    result = CliRunner().invoke(main, ["verify", "max-subarray"])
    assert result.exit_code == 1  # a problem of the package, listed like the others
    assert "the challenge 'max-subarray' is also in" in problem_lines(result.output)[0]


def test_an_extra_folder_that_does_not_exist_is_said_so(monkeypatch, tmp_path):
    monkeypatch.setenv("JUDGE_CHALLENGE_PATH", str(tmp_path / "nowhere"))
    result = CliRunner().invoke(main, ["list"])
    assert result.exit_code == 2
    assert result.output == (
        f"Error: {tmp_path / 'nowhere'}: named by $JUDGE_CHALLENGE_PATH as a folder of "
        "challenges, but it is not a folder.\n"
    )


def test_extra_packages_are_verified_like_the_shipped_ones(monkeypatch, tmp_path):
    extra = tmp_path / "extra"
    extra.mkdir()
    package = renamed_copy(extra, "zero_sum_pair", "zero_sum_pair_again")
    shutil.rmtree(package / "samples")
    monkeypatch.setenv("JUDGE_CHALLENGE_PATH", str(extra))
    problems = scan().problems
    assert problems == []  # the loader accepts it; the package checks find the mistake
    result = CliRunner().invoke(main, ["verify", "zero-sum-pair-again"])
    assert_reported(result, "zero_sum_pair_again/samples: missing")


def test_an_entry_point_names_a_folder(monkeypatch, tmp_path):
    site = tmp_path / "site"
    pack = site / "third_party_pack"
    renamed_copy(pack, "max_subarray", "max_subarray_pack")
    (pack / "__init__.py").write_text("")
    info = site / "third_party_pack-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: third-party-pack\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[judge.challenges]\npack = third_party_pack\n")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setattr(catalog, "_entry_point_roots", catalog._entry_point_roots.__wrapped__)
    assert find_challenge("max-subarray-pack").folder == pack / "max_subarray_pack"
    result = CliRunner().invoke(main, ["list"])
    assert result.exit_code == 0 and "\n  max-subarray-pack " in result.output


def test_an_entry_point_that_breaks_is_said_so(monkeypatch, tmp_path):
    site = tmp_path / "site"
    info = site / "broken_pack-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-pack\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[judge.challenges]\nbroken = no_such_module\n")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setattr(catalog, "_entry_point_roots", catalog._entry_point_roots.__wrapped__)
    result = CliRunner().invoke(main, ["list"])
    assert result.exit_code == 2, result.output
    assert "Error: the entry point 'broken = no_such_module' (group judge.challenges) " in (
        result.output
    )
    assert "fix or uninstall the package that declares it." in result.output


# -- per-tier generator params and every problem of a package -------------------------------


def test_linked_list_sizes_alternate_cycles_by_position_not_by_size():
    challenge = find_challenge("linked-list-cycle")
    spec = challenge.performance
    cycles = [spec.params_at(n)["cycle"] for n in spec.sizes]
    assert cycles == [i % 2 == 1 for i in range(len(spec.sizes))]  # every other one
    assert challenge.memory[0].params == {"cycle": False}
    # Sizes in between (the growth fit of a stopped run) take the next listed size's shape.
    assert spec.params_at(7071) == spec.params_at(10000) == {"cycle": True}
    assert spec.params_at(707) == spec.params_at(1000) == {"cycle": False}
    assert spec.params_at(10**7) == spec.params_at(spec.sizes[-1])


def test_invalid_package_lists_every_problem(tmp_path):
    package = copy(tmp_path, "max_subarray")
    edit(package / "challenge.toml", 'difficulty = "easy"', 'difficulty = "trivial"')
    edit(package / "challenge.toml", "factor = 30", 'factor = "x"')
    with pytest.raises(InvalidPackage) as caught:
        load_challenge(package)
    assert len(caught.value.problems) == 2
