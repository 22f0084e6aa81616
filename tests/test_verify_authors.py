"""`judge verify` for challenge authors: a mistake in a package is reported, never a crash.

Each test copies a small real package into a temporary catalogue, breaks one thing (or
several), and runs the real command line on it with JUDGE_CHALLENGES_DIR pointing there:
one line per mistake, naming the file and what to change, every one of them listed before
anything is graded, exit status 1, and no internal error. Packages checked here are broken
on purpose, so nothing of them is graded and these tests stay fast.
"""

from __future__ import annotations

import os
import pickle
import random
import shutil
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge.challenge import catalog, lint
from judge.challenge.catalog import (
    InvalidPackage,
    all_challenges,
    challenge_roots,
    find_challenge,
    load_challenge,
    scan,
    shipped,
)
from judge.challenge.code import load_tests
from judge.challenge.inputs import input_file
from judge.cli import main
from judge.grading.check import plan

SHIPPED = shipped("challenges")


def copy(root: Path, name: str) -> Path:
    shutil.copytree(SHIPPED / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    return root / name


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def verify(monkeypatch, root: Path, *slugs: str):
    monkeypatch.setenv("JUDGE_CHALLENGES_DIR", str(root))
    return CliRunner().invoke(main, ["verify", *slugs])


def problem_lines(output: str) -> list[str]:
    """The lines naming a file in the catalogue under test (the problems)."""
    return [line for line in output.splitlines() if line.startswith(("/", "catalogue/"))]


@pytest.fixture
def catalogue(tmp_path: Path) -> Path:
    root = tmp_path / "catalogue"
    root.mkdir()
    return root


def assert_reported(result, *fragments: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "IE" not in result.output, result.output
    for fragment in fragments:
        assert fragment in result.output, result.output


# -- each mistake of the issue, alone -------------------------------------------------------


def test_a_package_without_samples(monkeypatch, catalogue):
    package = copy(catalogue, "max_subarray")
    shutil.rmtree(package / "samples")
    result = verify(monkeypatch, catalogue)
    assert_reported(result, "max_subarray/samples: missing; add samples/<verdict>/ folders")
    assert not any(
        line.startswith("challenge ") for line in result.output.splitlines()
    )  # nothing graded


def test_a_misnamed_sample_folder(monkeypatch, catalogue):
    package = copy(catalogue, "zero_sum_pair")
    (package / "samples" / "wrong_answer").rename(package / "samples" / "wrong_answers")
    result = verify(monkeypatch, catalogue, "zero-sum-pair")
    assert_reported(
        result,
        "zero_sum_pair/samples/wrong_answers: 'wrong_answers' is not a verdict folder; "
        "rename it to wrong_answer",
    )


def test_missing_examples(monkeypatch, catalogue):
    package = copy(catalogue, "zero_sum_pair")
    edit(package / "test_properties.py", "EXAMPLES = [", "CASES = [")
    result = verify(monkeypatch, catalogue)
    assert_reported(
        result, "zero_sum_pair/test_properties.py: defines no EXAMPLES; add EXAMPLES = ["
    )


def test_a_property_whose_argument_is_not_called_solution(monkeypatch, catalogue):
    package = copy(catalogue, "max_subarray")
    edit(
        package / "test_properties.py",
        "def test_matches_reference(solution,",
        "def test_matches_reference(sol,",
    )
    result = verify(monkeypatch, catalogue)
    assert_reported(
        result,
        "test_matches_reference takes no argument called 'solution' (its free arguments: sol); "
        "rename the argument that gets the solution to 'solution'",
    )
    # The line is the test's own (its first decorator), so an editor can jump to it.
    (line,) = problem_lines(result.output)
    number = int(line.split("test_properties.py:")[1].split(":")[0])
    source = (package / "test_properties.py").read_text().splitlines()
    assert "def test_matches_reference(sol," in "\n".join(source[number - 1 : number + 3])


def test_a_pin_that_matches_no_tier(monkeypatch, catalogue):
    package = copy(catalogue, "linked_list_cycle")
    edit(
        package / "samples" / "accepted" / "floyd.py",
        "# expect-tier: O(1) extra memory (stretch) = AC",
        "# expect-tier: O(1) extra memory = AC",
    )
    result = verify(monkeypatch, catalogue)
    assert_reported(
        result,
        "linked_list_cycle/samples/accepted/floyd.py:2: the pin names the tier "
        "'O(1) extra memory', which this challenge does not have; did you mean "
        "'O(1) extra memory (stretch)'?",
    )


def test_a_pin_with_no_verdict_or_an_unreadable_one(monkeypatch, catalogue):
    package = copy(catalogue, "linked_list_cycle")
    sample = package / "samples" / "accepted" / "floyd.py"
    edit(sample, "(stretch) = AC", "(stretch) = PASS")
    with sample.open("a") as handle:
        handle.write("# expect-tier: Performance AC\n")
    result = verify(monkeypatch, catalogue)
    assert_reported(
        result,
        "the pin wants 'PASS', which is not a verdict; use one of AC, WA, TLE, MLE, RE, CE",
        "this pin cannot be read; write '# expect-tier: <tier title> = <VERDICT>'",
    )


def test_readme_answer_that_differs_from_examples(monkeypatch, catalogue):
    package = copy(catalogue, "max_subarray")
    edit(package / "README.md", "| `[5]` | `5` |", "| `[5]` | `6` |")
    result = verify(monkeypatch, catalogue)
    assert_reported(
        result,
        "max_subarray/README.md:22: the answer `6` to `[5]` differs from EXAMPLES of "
        "test_properties.py, which expects 5; correct one of them",
    )


def test_readme_example_that_is_not_in_examples(monkeypatch, catalogue):
    package = copy(catalogue, "missing_element")
    edit(package / "README.md", "| `[9]` | `[]` | `9` |", "| `[8]` | `[]` | `8` |")
    result = verify(monkeypatch, catalogue)
    assert_reported(
        result,
        "missing_element/README.md:33: the example `[8]` | `[]` is not in EXAMPLES of "
        "test_properties.py; add it there as an Example, or change the row to one of them",
    )


def test_readme_drawing_of_a_linked_list_is_compared_through_the_harness(monkeypatch, catalogue):
    package = copy(catalogue, "linked_list_cycle")
    edit(package / "README.md", "| `1 -> 2 -> None` | `False` |", "| `1 -> 2 -> None` | `True` |")
    result = verify(monkeypatch, catalogue)
    assert_reported(result, "the answer `True` to `1 -> 2 -> None` differs from EXAMPLES")


def test_readme_without_an_examples_table(monkeypatch, catalogue):
    package = copy(catalogue, "zero_sum_pair")
    edit(package / "README.md", "## Examples", "## Some cases")
    result = verify(monkeypatch, catalogue)
    assert_reported(result, "zero_sum_pair/README.md: has no '## Examples' section")


def test_generator_params_the_tier_does_not_give(monkeypatch, catalogue):
    package = copy(catalogue, "linked_list_cycle")
    edit(package / "challenge.toml", "params = { cycle = false }", "")
    result = verify(monkeypatch, catalogue)
    assert_reported(
        result,
        "linked_list_cycle/challenge.toml: [[memory]] 'O(1) extra memory': perf.py's "
        "generate(size, rng, folder, *, cycle) cannot be called with this tier's params "
        "(none): missing a required argument: 'cycle'",
    )


def test_size_params_must_follow_the_sizes(monkeypatch, catalogue):
    package = copy(catalogue, "linked_list_cycle")
    edit(package / "challenge.toml", "sizes = [1000, 10000,", "sizes = [500, 1000, 10000,")
    result = verify(monkeypatch, catalogue)
    assert_reported(
        result,
        "linked_list_cycle/challenge.toml: [performance] 'size_params' 'cycle' has 6 values "
        "but 'sizes' has 7; give one value per size",
    )


def test_a_test_file_that_does_not_import(monkeypatch, catalogue):
    package = copy(catalogue, "zero_sum_pair")
    edit(package / "test_properties.py", "EXAMPLES = [", "EXAMPLES = [[")
    result = verify(monkeypatch, catalogue)
    assert_reported(result, "zero_sum_pair/test_properties.py:", "cannot be imported (SyntaxError")


# -- all of them, and the other packages still verified -------------------------------------


def test_every_mistake_is_listed_not_just_the_first(monkeypatch, catalogue):
    broken = copy(catalogue, "max_subarray")
    shutil.rmtree(broken / "samples")
    edit(
        broken / "test_properties.py",
        "def test_matches_reference(solution,",
        "def test_matches_reference(s,",
    )
    edit(broken / "README.md", "| `[0, 0]` | `0` |", "| `[0, 0]` | `1` |")
    toml_broken = copy(catalogue, "is_palindrome")
    edit(toml_broken / "challenge.toml", 'difficulty = "easy"', 'difficulty = "trivial"')
    edit(toml_broken / "challenge.toml", "factor = 20", 'factor = "x"')
    (toml_broken / "stub.py").unlink()
    result = verify(monkeypatch, catalogue)
    assert_reported(
        result,
        "is_palindrome/stub.py: required file is missing",
        "is_palindrome/challenge.toml: field 'difficulty' must be one of easy, medium, hard",
        "is_palindrome/challenge.toml: [performance] field 'factor' must be a number, not 'x'",
        "max_subarray/samples: missing",
        "test_matches_reference takes no argument called 'solution'",
        "max_subarray/README.md:24: the answer `1` to `[0, 0]` differs",
        "6 problem(s) in the challenge packages (listed first)",
    )
    assert len(problem_lines(result.output)) == 6


def test_a_broken_package_does_not_stop_the_others(monkeypatch, catalogue):
    broken = copy(catalogue, "zero_sum_pair")
    shutil.rmtree(broken / "samples")
    sound = copy(catalogue, "max_subarray")
    for folder in (sound / "samples").iterdir():  # one sample is enough to show it ran
        if folder.name != "compile_error":
            shutil.rmtree(folder)
    result = verify(monkeypatch, catalogue)
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    problem = next(i for i, line in enumerate(lines) if "zero_sum_pair/samples: missing" in line)
    first_case = next(i for i, line in enumerate(lines) if line.startswith("max-subarray "))
    assert problem < first_case  # listed before anything was graded
    assert any(line.split()[:4] == ["max-subarray", "reference", "AC", "AC"] for line in lines)
    assert "samples/compile_error/syntax_error.py" in result.output
    assert "MISMATCH" not in result.output
    assert "1 problem(s) in the challenge packages" in result.output


def test_every_shipped_package_passes_the_package_checks():
    """The rules hold for the catalogue as it is (the README examples above all)."""
    for challenge in all_challenges():
        titles = [tier.title for tier in plan(challenge)]
        assert lint.check_package(challenge, titles) == [], challenge.slug


# -- the README rule, on small statements ----------------------------------------------------


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("| `[1, 2]` | `3` | fine |", None),
        ("| `[2, 1]` | `3` | another order of the list is another input |", "is not in EXAMPLES"),
        ("| `[1, 2]` | `3.0` | a float is not an int |", "differs from EXAMPLES"),
        ("| `[1, 2]` | three | an answer in words is not compared |", None),
        ("| a list of two | `3` | an input in words is not compared |", None),
        ("| `[1, 2]` | `3` and more | two things are not one literal |", None),
        ("| `[1, 2]` | `(` | not Python: not compared |", None),
    ],
)
def test_readme_rows(tmp_path, row, problem):
    package = copy(tmp_path, "max_subarray")
    (package / "README.md").write_text(
        "# Sum\n\n## Examples\n\n| `nums` | answer | why |\n|---|---|---|\n" + row + "\n",
        encoding="utf-8",
    )
    edit(package / "test_properties.py", "EXAMPLES = [", "EXAMPLES = [Example(([1, 2],), 3),")
    challenge = load_challenge(package)
    examples = load_tests(challenge).EXAMPLES
    found = list(lint.readme_problems(challenge, examples, lambda data: repr(data)))
    if problem is None:
        assert found == []
    else:
        (only,) = found
        assert problem in only.message and only.line == 7


def test_an_answer_column_not_headed_answer_is_not_compared(tmp_path):
    package = copy(tmp_path, "max_subarray")
    (package / "README.md").write_text(
        "## Examples\n\n| `nums` | the sum, shown as text | why |\n|---|---|---|\n"
        "| `[5]` | `'5'` | a rendering, not the value |\n",
        encoding="utf-8",
    )
    challenge = load_challenge(package)
    examples = load_tests(challenge).EXAMPLES
    assert list(lint.readme_problems(challenge, examples, repr)) == []


# -- extra challenge folders -----------------------------------------------------------------


def renamed_copy(root: Path, name: str, new: str) -> Path:
    package = copy(root, name)
    target = package.rename(root / new)
    edit(
        target / "challenge.toml",
        f'slug = "{name.replace("_", "-")}"',
        f'slug = "{new.replace("_", "-")}"',
    )
    return target


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


# -- generators get their tier's params ------------------------------------------------------


def test_generate_gets_the_params_of_the_tier_that_asks(tmp_path):
    package = copy(tmp_path, "max_subarray")
    (package / "perf.py").write_text(
        textwrap.dedent(
            """
            def generate(size, rng, folder, *, low=-5, high=5):
                return [[rng.randint(low, high) for _ in range(size)]]
            """
        )
    )
    edit(package / "challenge.toml", "repeats = 3", "repeats = 3\nparams = { low = 7, high = 7 }")
    challenge = load_challenge(package)
    assert challenge.performance.params_at(500) == {"low": 7, "high": 7}
    cache = tmp_path / "cache"
    with_params = input_file(challenge, 3, 1, cache, {"low": 7, "high": 7})
    without = input_file(challenge, 3, 1, cache)
    assert with_params != without  # the params are part of the cache key
    assert pickle.loads(with_params.read_bytes()) == [[7, 7, 7]]
    rng = random.Random(1)  # without params: called with (size, rng, folder), as always
    assert pickle.loads(without.read_bytes()) == [[rng.randint(-5, 5) for _ in range(3)]]


def test_linked_list_sizes_alternate_cycles_by_position_not_by_size():
    challenge = find_challenge("linked-list-cycle")
    spec = challenge.performance
    cycles = [spec.params_at(n)["cycle"] for n in spec.sizes]
    assert cycles == [False, True] * (len(spec.sizes) // 2)
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
