"""`judge try` end to end: your function on an input you type, in the sandbox or under pdb."""

from __future__ import annotations

import re
import time

import pytest
from click.testing import CliRunner

from judge.cli import main
from judge.practice import store, workspace

from .conftest import CHALLENGES

MS = CHALLENGES / "max_subarray"
REFERENCE = MS / "reference.py"
WRONG = MS / "samples" / "wrong_answer" / "zero_floor.py"  # never below 0
CRASHES = MS / "samples" / "runtime_error" / "index_error.py"
QUADRATIC = MS / "samples" / "time_limit" / "quadratic.py"


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def solution(workspace_dir, source) -> None:
    path = workspace_dir / "solutions" / "max_subarray.py"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(source.read_bytes())


def test_same_answer_as_the_reference_exit_0_with_the_time(isolated_workspace):
    solution(isolated_workspace, REFERENCE)
    result = run("try", "max-subarray", "[1, -2, 3]")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:5] == [
        "max-subarray  (solutions/max_subarray.py)",
        "",
        "  input:     [1, -2, 3]",
        "  yours:     3",
        "  reference: 3",
    ]
    assert re.fullmatch(
        r"Same answer as the reference \(AC\)   your call took \d+\.\d{4} s of CPU "
        r"\(\d+\.\d{4} s wall\)",
        lines[-1],
    )


def test_a_different_answer_is_the_feedback_of_a_check(isolated_workspace):
    solution(isolated_workspace, WRONG)
    result = run("try", "max-subarray", "[-3, -1, -2]")
    assert result.exit_code == 1
    assert (
        "  Your input\n"
        "    Wrong answer.\n"
        "    input:    [-3, -1, -2]\n"
        "    expected: -1\n"
        "    got:      0\n"
    ) in result.output
    assert "Verdict: WA (wrong answer)   your call took" in result.output


def test_an_exception_shows_your_traceback_and_the_expected_answer():
    result = run("try", "max-subarray", "[4, 5]", "--file", CRASHES)
    assert result.exit_code == 1
    assert "Your function raised an exception." in result.output
    assert "error:    IndexError: list index out of range" in result.output
    assert "traceback (your file only" in result.output and "index_error.py" in result.output
    assert "expected: 9" in result.output
    assert "Verdict: RE (runtime error)" in result.output


def test_a_slow_call_is_stopped_at_the_challenges_call_limit():
    big = "[" + ", ".join(["1"] * 30_000) + "]"
    result = run("try", "max-subarray", big, "--file", QUADRATIC)
    assert result.exit_code == 1
    assert "Your function did not finish: stopped after" in result.output
    assert "Verdict: TLE (time limit exceeded)" in result.output


def test_negative_numbers_are_inputs_not_options():
    result = run(
        "try", "is-palindrome", "'-a-'", "--file", CHALLENGES / "is_palindrome" / "reference.py"
    )
    assert result.exit_code == 0, result.output
    assert "  yours:     True" in result.output


def test_several_arguments_and_a_harness_challenges_plain_form():
    missing = run(
        "try", "missing-element", "[4, 1, 3]", "[1, 4]",
        "--file", CHALLENGES / "missing_element" / "reference.py",
    )  # fmt: skip
    assert missing.exit_code == 0, missing.output
    assert "  input:     [4, 1, 3], [1, 4]\n  yours:     3\n" in missing.output
    cycle = run(
        "try", "linked-list-cycle", "{'values': [3, 2, 0, -4], 'cycle_to': 1}",
        "--file", CHALLENGES / "linked_list_cycle" / "reference.py",
    )  # fmt: skip
    assert cycle.exit_code == 0, cycle.output
    assert "  input:     3 -> 2 -> 0 -> -4 -> back to node 2 (index 1)\n" in cycle.output
    csv = run(
        "try", "csv-aggregate", r"'ID,Quantity\nA,3\nB,2\nA,4\n'",
        "--file", CHALLENGES / "csv_aggregate" / "reference.py",
    )  # fmt: skip
    assert csv.exit_code == 0, csv.output
    assert "  yours:     [['A', 7], ['B', 2]]\n" in csv.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["abc"],
            "Error: 'abc' is not a Python literal: write numbers as 3 or -2.5, lists as [1, 2], "
            "True, False or None, and strings in quotes, which a shell needs quoted again: "
            "\"'abc'\".\n",
        ),
        (
            ["[1]", "[2]"],
            "Error: max-subarray takes 1 argument (nums: list[int]), you gave 2; for example: "
            'judge try max-subarray "[-2, 1, -3, 4, -1, 2, 1, -5, 4]".\n',
        ),
        (
            ["[1, True]"],
            "Error: [1, True] does not fit nums: list[int], since True is a bool, not an int.\n",
        ),
        (
            ["(1, 2)"],
            "Error: (1, 2) does not fit nums: list[int], since (1, 2) is a tuple, not a list.\n",
        ),
        (
            ["{1, 2}"],
            "Error: {1, 2} holds a set, which cannot be given to your function: use lists, "
            "tuples, dicts, strings, numbers, True, False and None.\n",
        ),
        (
            ["__import__('os').system('touch pwned')"],
            "Error: \"__import__('os').system('touch pwned')\" is not a Python literal",
        ),
    ],
)
def test_bad_input_is_one_sentence_and_nothing_runs(isolated_workspace, args, message):
    solution(isolated_workspace, REFERENCE)
    result = run("try", "max-subarray", *args)
    assert result.exit_code == 2
    assert result.output.startswith(message)
    assert result.output.count("\n") == 1 and "Traceback" not in result.output
    assert not (isolated_workspace / "pwned").exists()


def test_a_harness_input_of_the_wrong_form_shows_the_examples_form():
    reference = CHALLENGES / "linked_list_cycle" / "reference.py"
    wrong_type = run("try", "linked-list-cycle", "[1, 2]", "--file", reference)
    assert wrong_type.exit_code == 2
    assert wrong_type.output == (
        "Error: [1, 2] is not written the way linked-list-cycle's examples write head: "
        "give a dict such as {'values': [3, 2, 0, -4], 'cycle_to': 1}.\n"
    )
    wrong_keys = run("try", "linked-list-cycle", "{'values': [1]}", "--file", reference)
    assert wrong_keys.exit_code == 2
    assert wrong_keys.output == (
        "Error: This input does not have the form linked-list-cycle's examples use "
        "(KeyError: 'cycle_to'); for example: "
        "judge try linked-list-cycle \"{'values': [3, 2, 0, -4], 'cycle_to': 1}\".\n"
    )


def test_an_input_outside_the_contract_is_refused_by_the_reference():
    result = run("try", "max-subarray", "[]", "--file", REFERENCE)
    assert result.exit_code == 2
    assert result.output.startswith(
        "Error: The reference solution cannot answer this input (IndexError"
    )
    assert "'judge show max-subarray' states" in result.output


def test_the_untouched_stub_is_not_started_and_nothing_is_recorded():
    assert run("start", "max-subarray").exit_code == 0
    result = run("try", "max-subarray", "[1]")
    assert result.exit_code == 1
    assert result.output == (
        "max-subarray is not started yet: write your solution in solutions/max_subarray.py.\n"
    )
    with store.Store(workspace.state_dir()) as db:
        assert db.attempts() == []


def test_try_records_nothing(isolated_workspace):
    solution(isolated_workspace, WRONG)
    assert run("try", "max-subarray", "[-1]").exit_code == 1
    with store.Store(workspace.state_dir()) as db:
        assert db.attempts() == []


def test_debug_runs_under_pdb_in_this_process(isolated_workspace):
    solution(isolated_workspace, WRONG)
    result = run("try", "max-subarray", "[-3, -1]", "--debug", input="p nums\nc\n")
    assert result.exit_code == 1, result.output
    assert result.output.startswith(
        "--debug: running your code in this process, outside the sandbox (no limits, not "
        "timed).\npdb stops at the first line of max_subarray_sum"
    )
    assert "(Pdb) [-3, -1]\n" in result.output  # pdb printed the argument it was given
    assert "    expected: -1\n    got:      0\n" in result.output
    assert "Verdict: WA (wrong answer)   not timed under --debug" in result.output


def test_debug_reports_your_exception_with_your_frames():
    result = run("try", "max-subarray", "[4, 5]", "--debug", "--file", CRASHES, input="c\n")
    assert result.exit_code == 1
    assert "error:    IndexError: list index out of range" in result.output
    assert "index_error.py" in result.output and "judge/practice" not in result.output
    assert "Verdict: RE (runtime error)" in result.output


def test_quitting_the_debugger_is_one_sentence():
    result = run("try", "max-subarray", "[4, 5]", "--debug", "--file", REFERENCE, input="q\n")
    assert result.exit_code == 2
    assert result.output.endswith(
        "Error: You quit the debugger; your function's answer was not compared.\n"
    )


def _round(mode: str) -> None:
    now = time.time()
    with store.Store(workspace.state_dir()) as db:
        db.create_round(mode, 1, False, now, now + 3600, ["zero-sum-pair"], lambda i: f"r/{i}")


def test_try_is_refused_during_a_whiteboard_round(isolated_workspace):
    solution(isolated_workspace, REFERENCE)
    _round("whiteboard")
    for extra in ([], ["--debug"]):
        result = run("try", "max-subarray", "[1]", *extra)
        assert result.exit_code == 2
        assert result.output == (
            "Error: Trying your own input is locked during a whiteboard round; "
            "it comes back when the round ends.\n"
        )


def test_try_is_allowed_during_a_practice_round(isolated_workspace):
    solution(isolated_workspace, REFERENCE)
    _round("practice")
    assert run("try", "max-subarray", "[1]").exit_code == 0
