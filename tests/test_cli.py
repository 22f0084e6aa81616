"""The command line end to end, through click's CliRunner: exit codes and exact messages."""

import json

import pytest
from click.testing import CliRunner

from judge.cli import main

from .conftest import CHALLENGES

REFERENCE = CHALLENGES / "max_subarray" / "reference.py"
WRONG = CHALLENGES / "max_subarray" / "samples" / "wrong_answer" / "zero_floor.py"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_every_command_has_help():
    for name, command in main.commands.items():
        assert command.help, name
        assert run(name, "--help").exit_code == 0


def test_list_shows_each_challenge_with_status():
    result = run("list")
    assert result.exit_code == 0
    assert "max-subarray" in result.output and "not started" in result.output


def test_show_prints_statement_signature_and_limits():
    result = run("show", "max_subarray")
    assert result.exit_code == 0
    assert "def max_subarray_sum(nums: list[int]) -> int" in result.output
    assert "Time limit:" in result.output and "[-2, 1, -3, 4, -1, 2, 1, -5, 4]" in result.output


def test_start_writes_the_stub_and_never_overwrites(isolated_workspace):
    first = run("start", "max-subarray")
    assert first.exit_code == 0
    path = isolated_workspace / "solutions" / "max_subarray.py"
    assert "def max_subarray_sum(nums: list[int]) -> int:" in path.read_text()
    path.write_text("my precious work\n")
    second = run("start", "max-subarray")
    assert second.exit_code == 2
    assert "already exists; your work was left untouched" in second.output
    assert path.read_text() == "my precious work\n"


def test_check_accepted_json_is_one_object_and_exit_0():
    result = CliRunner().invoke(main, ["check", "max-subarray", "--file", str(REFERENCE), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)  # exactly one JSON document, nothing else
    assert data["challenge"] == "max-subarray" and data["verdict"] == "AC"
    assert data["accepted"] is True and data["score"] == 100
    assert [t["name"] for t in data["tiers"]] == ["examples", "properties", "performance"]
    perf = data["tiers"][2]
    assert all({"n", "seconds", "limit", "reference_seconds"} <= s.keys() for s in perf["sizes"])


def test_check_rejected_exit_1_with_failing_case():
    result = run("check", "max-subarray", "--file", WRONG)
    assert result.exit_code == 1
    assert "expected: -7" in result.output and "got:      0" in result.output
    assert "Verdict: WA (wrong answer)" in result.output


def test_check_quick_runs_only_correctness():
    result = CliRunner().invoke(
        main, ["check", "max-subarray", "--file", str(REFERENCE), "--json", "--quick"]
    )
    data = json.loads(result.stdout)
    assert result.exit_code == 0 and data["quick"] is True
    assert data["tiers"][2]["skipped"] is True


def test_check_records_history_shown_by_list():
    run("check", "max-subarray", "--file", WRONG)
    assert "attempted" in run("list").output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["check", "max-subaray"],
            "Error: There is no challenge called 'max-subaray'. Did you mean max-subarray?",
        ),
        (["check", "max-subarray"], "Error: There is no solution at"),
        (["check", "max-subarray", "--file", "nope.py"], "Error: The file nope.py does not exist."),
        (["show", "nothing-like-it"], "Error: There is no challenge called 'nothing-like-it'."),
    ],
)
def test_usage_errors_exit_2_with_one_sentence(args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert result.output.startswith(message)
    assert "Traceback" not in result.output


def test_directory_instead_of_file(tmp_path):
    result = run("check", "max-subarray", "--file", tmp_path)
    assert result.exit_code == 2 and "is a directory, not a Python file" in result.output


def test_bad_option_exits_2():
    result = run("check", "max-subarray", "--fast")
    assert result.exit_code == 2 and "No such option '--fast'" in result.output


def test_corrupt_state_is_a_clear_error(isolated_workspace):
    state = isolated_workspace / ".judge"
    state.mkdir()
    (state / "judge.db").write_bytes(b"garbage" * 1000)
    result = run("list")
    assert result.exit_code == 2 and "is not usable" in result.output
    assert (state / "judge.db").read_bytes().startswith(b"garbage")


def test_grading_never_modifies_the_graded_file(tmp_path):
    solution = tmp_path / "mine.py"
    solution.write_text((CHALLENGES / "max_subarray" / "reference.py").read_text())
    before = solution.stat()
    content = solution.read_bytes()
    assert run("check", "max-subarray", "--file", solution, "--quick").exit_code == 0
    after = solution.stat()
    assert solution.read_bytes() == content
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)


def test_unusable_state_folder_is_one_sentence(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("JUDGE_STATE_DIR", str(blocker / "state"))
    result = run("list")
    assert result.exit_code == 2
    assert (
        result.output == f"Error: The folder {blocker / 'state'} cannot be used: Not a directory.\n"
    )


def test_full_disk_while_recording_keeps_the_verdict_and_says_so(monkeypatch):
    import sqlite3

    from judge.practice import store

    assert run("list").exit_code == 0  # the database exists: opening it takes one transaction
    opened = store.Store.transaction

    def full_disk_after_opening(self):
        if not getattr(self, "opened", False):  # the schema check when opening succeeds
            self.opened = True
            return opened(self)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store.Store, "transaction", full_disk_after_opening)
    result = run("check", "max-subarray", "--file", WRONG)
    assert result.exit_code == 2
    assert "Verdict: WA" in result.output
    assert "Error: The check could not be recorded" in result.output
    assert "database or disk is full" in result.output


def test_progress_line_only_on_a_terminal_and_after_a_delay(capsys):
    from judge.cli import TerminalProgress

    silent = TerminalProgress(enabled=False)
    silent.DELAY = 0
    silent("performance: n=1,000")
    assert capsys.readouterr().err == ""
    early = TerminalProgress(enabled=True)  # a fast check: nothing within the first second
    early("examples")
    assert capsys.readouterr().err == ""
    late = TerminalProgress(enabled=True)
    late.DELAY = 0
    late("performance: n=1,000")
    late.clear()
    err = capsys.readouterr().err
    assert "checking: performance: n=1,000 ..." in err and err.endswith("\r")  # line cleared
