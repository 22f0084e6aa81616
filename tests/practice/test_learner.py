"""Hints, the reference solution, reset and next: the library and the commands, exactly."""

import dataclasses
import re
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge.challenge.catalog import find_challenge
from judge.cli import main
from judge.errors import JudgeError
from judge.practice import learner, store, workspace

from ..conftest import CHALLENGES

REFERENCE = CHALLENGES / "max_subarray" / "reference.py"
WRONG = CHALLENGES / "max_subarray" / "samples" / "wrong_answer" / "zero_floor.py"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def open_store() -> store.Store:
    return store.Store(workspace.state_dir())


@pytest.fixture
def two_challenges(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A catalogue of only max-subarray and zero-sum-pair (others are still being written)."""
    root = tmp_path / "catalogue"
    root.mkdir()
    for name in ("max_subarray", "zero_sum_pair"):
        (root / name).symlink_to(CHALLENGES / name)
    monkeypatch.setenv("JUDGE_CHALLENGES_DIR", str(root))
    return root


def start_round(minutes: float, mode: str = "practice") -> None:
    """A round in the store, as `judge round start` leaves one (its files are not needed)."""
    now = time.time()
    with open_store() as db:
        db.create_round(
            mode, 1, False, now, now + 60 * minutes, ["zero-sum-pair"], lambda id: f"rounds/{id}"
        )


# -- hints ------------------------------------------------------------------------------------
def test_hints_come_in_order_and_each_is_recorded_once(max_subarray):
    hints = max_subarray.hints
    assert len(hints) >= 3
    with open_store() as db:
        shown = [learner.next_hint(db, max_subarray) for _ in hints]
        assert [h.text for h in shown] == hints
        assert [h.number for h in shown] == list(range(1, len(hints) + 1))
        assert not any(h.repeated for h in shown) and shown[-1].last
        assert db.hints_used("max-subarray") == len(hints)
        again = learner.next_hint(db, max_subarray)
        assert again.repeated and again.text == hints[-1]
        assert db.hints_used("max-subarray") == len(hints)  # seeing it again is not a new hint
        assert db.hints_used("zero-sum-pair") == 0


def test_hints_used_survives_a_new_store(max_subarray):
    with open_store() as db:
        learner.next_hint(db, max_subarray)
    with open_store() as db:
        assert db.hints_used("max-subarray") == 1
        assert learner.next_hint(db, max_subarray).number == 2


def test_hint_command_output(max_subarray):
    first = run("hint", "max-subarray")
    assert first.exit_code == 0
    assert first.output.startswith("Hint 1 of 3 for max-subarray:\n  Every contiguous run ends")
    assert first.output.endswith("Run 'judge hint max-subarray' again for the next one.\n")
    run("hint", "max-subarray")
    last = run("hint", "max-subarray")
    assert last.output.startswith("Hint 3 of 3 for max-subarray:\n")
    assert last.output.endswith(
        "That was the last hint. After a graded attempt, 'judge solution max-subarray' shows one.\n"
    )
    repeated = run("hint", "max_subarray")
    assert repeated.output.startswith("Hint 3 of 3 for max-subarray:\n")
    assert "You have seen every hint." in repeated.output


def test_a_challenge_without_hints_says_so(max_subarray):
    bare = dataclasses.replace(max_subarray, hints=[])
    with open_store() as db, pytest.raises(JudgeError, match="has no hints"):
        learner.next_hint(db, bare)


def test_unknown_challenge_is_one_sentence():
    result = run("hint", "max-subarry")
    assert result.exit_code == 2
    assert result.output == (
        "Error: There is no challenge called 'max-subarry'. Did you mean max-subarray?\n"
    )


# -- the reference ----------------------------------------------------------------------------
def test_solution_is_locked_before_a_graded_attempt():
    result = run("solution", "max-subarray")
    assert result.exit_code == 2
    assert result.output == (
        "Error: The reference for max-subarray is shown after your first graded attempt: "
        "run 'judge check max-subarray' first (or add --force to see it now).\n"
    )
    with open_store() as db:
        assert db.reveals("max-subarray") == 0


def test_solution_after_an_attempt_shows_the_reference_and_records_it():
    assert run("check", "max-subarray", "--file", WRONG).exit_code == 1
    result = run("solution", "max-subarray")
    assert result.exit_code == 0
    assert result.output.startswith("Reference solution for max-subarray (")
    assert REFERENCE.read_text().rstrip() in result.output  # with its explaining docstring
    assert '"""Kadane' in result.output
    with open_store() as db:
        assert db.reveals("max-subarray") == 1
        assert db.reveals("zero-sum-pair") == 0


def test_solution_force_shows_it_before_any_attempt():
    result = run("solution", "zero-sum-pair", "--force")
    assert result.exit_code == 0
    assert "def has_zero_sum_pair" in result.output
    with open_store() as db:
        assert db.reveals("zero-sum-pair") == 1 and not db.attempts("zero-sum-pair")


def test_hints_and_reference_are_locked_during_a_round():
    start_round(minutes=45)
    hint = run("hint", "max-subarray")
    assert hint.exit_code == 2
    assert hint.output == (
        "Error: Hints are locked while a timed round is running; they come back when it ends.\n"
    )
    reveal = run("solution", "max-subarray", "--force")
    assert reveal.exit_code == 2
    assert reveal.output == (
        "Error: Reference solutions are locked while a timed round is running; "
        "they come back when it ends.\n"
    )
    with open_store() as db:
        assert db.hints_used("max-subarray") == 0 and db.reveals("max-subarray") == 0


def test_help_comes_back_when_the_rounds_time_is_up():
    start_round(minutes=-1)  # its deadline has passed, even if nothing has settled it yet
    assert run("hint", "max-subarray").exit_code == 0
    assert run("solution", "max-subarray", "--force").exit_code == 0


# -- reset ------------------------------------------------------------------------------------
def test_reset_without_a_file_points_to_start(isolated_workspace):
    result = run("reset", "max-subarray")
    assert result.exit_code == 2
    path = isolated_workspace / "solutions" / "max_subarray.py"
    assert result.output == (
        f"Error: There is no solution at {path} to reset. "
        "Run 'judge start max-subarray' to create it.\n"
    )
    assert not path.exists()


def test_reset_puts_the_stub_back_and_keeps_every_old_byte(isolated_workspace, max_subarray):
    run("start", "max-subarray")
    path = isolated_workspace / "solutions" / "max_subarray.py"
    precious = b"def max_subarray_sum(nums):\r\n    return 0  # caf\xe9, not UTF-8\r\n"
    path.write_bytes(precious)
    result = run("reset", "max-subarray")
    assert result.exit_code == 0
    backups = sorted((path.parent / ".backup").iterdir())
    assert len(backups) == 1
    assert re.fullmatch(r"max_subarray\.\d{8}-\d{6}\.py", backups[0].name)
    assert backups[0].read_bytes() == precious
    assert path.read_text() == workspace.render_stub(max_subarray)
    assert result.output == (
        f"Put the stub back in {path}; your previous file is kept as {backups[0]}.\n"
    )


def test_two_resets_in_one_second_keep_both_backups(isolated_workspace, max_subarray):
    workspace.start_solution(max_subarray)
    path = workspace.solution_path(max_subarray)
    path.write_text("first try\n")
    first = learner.reset_solution(max_subarray)
    path.write_text("second try\n")
    second = learner.reset_solution(max_subarray)
    assert first.backup != second.backup
    assert first.backup.read_text() == "first try\n"
    assert second.backup.read_text() == "second try\n"


def test_reset_of_the_untouched_stub_changes_nothing(isolated_workspace):
    run("start", "max-subarray")
    path = isolated_workspace / "solutions" / "max_subarray.py"
    result = run("reset", "max-subarray")
    assert result.exit_code == 0
    assert result.output == f"{path} already is the untouched stub; nothing was changed.\n"
    assert not (path.parent / ".backup").exists()


def test_reset_leaves_the_file_alone_when_the_backup_cannot_be_written(
    isolated_workspace, max_subarray
):
    workspace.start_solution(max_subarray)
    path = workspace.solution_path(max_subarray)
    path.write_text("work\n")
    (path.parent / ".backup").write_text("a file where the backup folder should be\n")
    with pytest.raises(JudgeError, match="your file was left untouched"):
        learner.reset_solution(max_subarray)
    assert path.read_text() == "work\n"


# -- next -------------------------------------------------------------------------------------
def status(solved: bool) -> store.Status:
    return store.Status(
        attempts=1, best_score=100 if solved else 40, solved=solved, last_verdict=""
    )


def test_next_is_unsolved_by_difficulty_then_slug(max_subarray):
    def named(slug: str, difficulty: str):
        return dataclasses.replace(max_subarray, slug=slug, difficulty=difficulty)

    catalogue = [named("a-hard", "hard"), named("z-easy", "easy"), named("b-easy", "easy")]
    catalogue.append(named("c-medium", "medium"))
    assert learner.next_challenge(catalogue, {}).slug == "b-easy"
    statuses = {"b-easy": status(solved=True), "z-easy": status(solved=False)}
    assert [c.slug for c in learner.unsolved(catalogue, statuses)] == [
        "z-easy",
        "c-medium",
        "a-hard",
    ]
    everything = {c.slug: status(solved=True) for c in catalogue}
    assert learner.next_challenge(catalogue, everything) is None


def test_next_command_follows_progress(two_challenges, isolated_workspace):
    first = run("next")
    assert first.exit_code == 0
    assert first.output == (
        "Next: max-subarray (easy): Maximum subarray sum\nRun:  judge start max-subarray\n"
    )
    run("check", "max-subarray", "--file", WRONG)
    attempted = run("next").output
    assert attempted.startswith("Next: max-subarray (easy): Maximum subarray sum; 1 attempt(s)")
    run("check", "max-subarray", "--file", REFERENCE)
    run("start", "zero-sum-pair")
    second = run("next").output
    title = find_challenge("zero-sum-pair").title
    assert second == (
        f"Next: zero-sum-pair (easy): {title}\n"
        "Run:  judge watch zero-sum-pair   (or judge check zero-sum-pair)\n"
    )
    run("check", "zero-sum-pair", "--file", CHALLENGES / "zero_sum_pair" / "reference.py")
    assert run("next").output == "Every challenge is solved.\n"


def test_help_used_shows_in_history_and_report(isolated_workspace):
    runner = CliRunner()
    check = runner.invoke(main, ["check", "max-subarray", "--file", str(REFERENCE), "--quick"])
    assert check.exit_code == 0
    assert runner.invoke(main, ["hint", "max-subarray"]).exit_code == 0
    assert runner.invoke(main, ["hint", "max-subarray"]).exit_code == 0
    assert runner.invoke(main, ["solution", "max-subarray"]).exit_code == 0
    history = runner.invoke(main, ["history"])
    assert "Help used:\n  max-subarray: 2 hints, reference shown" in history.output
    out = isolated_workspace / "report.html"
    assert runner.invoke(main, ["report", "-o", str(out)]).exit_code == 0
    assert "Help used: 2 hints, reference shown" in out.read_text()
