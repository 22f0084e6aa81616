"""An untouched stub is "not started yet" (exit 1), never a runtime error, and never recorded."""

from __future__ import annotations

from click.testing import CliRunner

from judge.cli import main
from judge.practice import store, workspace

from .conftest import CHALLENGES


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def attempts() -> list:
    with store.Store(workspace.state_dir()) as db:
        return db.attempts()


def test_checking_the_untouched_stub_says_not_started_and_records_nothing():
    assert run("start", "max-subarray").exit_code == 0
    result = run("check", "max-subarray")
    assert result.exit_code == 1
    assert result.output == (
        "max-subarray is not started yet: write your solution in solutions/max_subarray.py.\n"
    )
    assert "NotImplementedError" not in result.output and attempts() == []
    # Nothing was recorded, so the reference stays locked as before any attempt.
    assert run("solution", "max-subarray").exit_code == 2


def test_with_json_stdout_stays_empty_and_the_sentence_goes_to_stderr():
    assert run("start", "max-subarray").exit_code == 0
    result = CliRunner().invoke(main, ["check", "max-subarray", "--json"])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("max-subarray is not started yet")


def test_the_packages_raw_stub_is_not_started_either():
    stub = CHALLENGES / "max_subarray" / "stub.py"
    result = run("check", "max-subarray", "--file", stub)
    assert result.exit_code == 1
    assert result.output == (f"max-subarray is not started yet: write your solution in {stub}.\n")


def test_one_changed_byte_is_graded(isolated_workspace):
    assert run("start", "max-subarray").exit_code == 0
    path = isolated_workspace / "solutions" / "max_subarray.py"
    path.write_text(path.read_text() + "\n")
    result = run("check", "max-subarray", "--quick")
    assert result.exit_code == 1 and "Verdict: RE (runtime error)" in result.output
    assert len(attempts()) == 1


def test_a_round_file_still_the_stub_is_not_started(isolated_workspace):
    assert run("round", "start", "max-subarray").exit_code == 0
    result = run("check", "max-subarray", "--json")
    assert result.exit_code == 1
    assert result.stderr == (
        "max-subarray is not started yet: write your solution in rounds/1/max_subarray.py.\n"
    )
    assert result.stdout == "" and attempts() == []
