"""`judge verify` for challenge authors: a mistake in a package is reported, never a crash.

Each test copies a small real package into a temporary catalogue, breaks one thing (or
several), and runs the real command line on it with JUDGE_CHALLENGES_DIR pointing there:
one line per mistake, naming the file and what to change, every one of them listed before
anything is graded, exit status 1, and no internal error. Packages checked here are broken
on purpose, so nothing of them is graded and these tests stay fast.
"""

from __future__ import annotations

import shutil

import pytest

from judge.challenge import lint
from judge.challenge.catalog import (
    all_challenges,
    load_challenge,
)
from judge.challenge.code import load_tests
from judge.grading.check import plan

from .packages import assert_reported, copy, edit, problem_lines, verify

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
        "linked_list_cycle/challenge.toml: [performance] 'size_params' 'cycle' has 5 values "
        "but 'sizes' has 6; give one value per size",
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
