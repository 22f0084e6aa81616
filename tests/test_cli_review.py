"""The review queue end to end, on a fixed clock (JUDGE_NOW): solve, fall due, re-solve in a
fresh file, and watch the schedule grow and shrink; `judge next` and `judge list` follow it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge.cli import main
from judge.practice import store, workspace

from .conftest import CHALLENGES

MS = CHALLENGES / "max_subarray"
REFERENCE = MS / "reference.py"
KADANE = MS / "samples" / "accepted" / "kadane.py"
DIVIDE = MS / "samples" / "accepted" / "divide_and_conquer.py"
WRONG = MS / "samples" / "wrong_answer" / "zero_floor.py"
T0 = 1_736_942_400  # 2025-01-15 12:00 UTC
HOUR, DAY = 3600, 86_400

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def two_challenges(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "catalogue"
    root.mkdir()
    for name in ("max_subarray", "zero_sum_pair"):
        (root / name).symlink_to(CHALLENGES / name, target_is_directory=True)
    monkeypatch.setenv("JUDGE_CHALLENGES_DIR", str(root))


def run(*args, at: float):
    return CliRunner().invoke(main, [str(a) for a in args], env={"JUDGE_NOW": str(at)})


def review_name(at: float) -> str:
    return f"max_subarray-{time.strftime('%Y%m%d', time.localtime(at))}.py"


def test_the_review_loop(isolated_workspace):
    solution = isolated_workspace / "solutions" / "max_subarray.py"
    assert run("review", at=T0).output == (
        "Nothing to review yet: a challenge joins the review queue once you solve it "
        "('judge next' says what to solve).\n"
    )
    # Day 0: solved cleanly. Due a day later.
    assert run("start", "max-subarray", at=T0).exit_code == 0
    solution.write_bytes(REFERENCE.read_bytes())
    assert run("check", "max-subarray", at=T0).exit_code == 0
    assert run("review", at=T0).output == (
        "Nothing is due for review.\nComing up: max-subarray in 1 day.\n"
    )
    assert run("review", "start", "max-subarray", at=T0).output == (
        "Error: max-subarray is not due for review yet (due in 1 day); "
        "'judge review' lists what is due.\n"
    )
    # Day 1, two hours past due: the queue, `next` and `list` say so.
    day1 = T0 + DAY + 2 * HOUR
    queue = run("review", at=day1).output.splitlines()
    assert queue[0] == "Due for review, most overdue first:"
    assert queue[2].split() == [
        "max-subarray",
        "2",
        "hours",
        "ago",
        *queue[2].split()[4:6],
        "1",
        "day",
        "clean",
    ]
    assert queue[3] == (
        "Start one: judge review start max-subarray   (a fresh stub; your accepted file is kept)"
    )
    nxt = run("next", at=day1).output.splitlines()
    assert nxt[0].startswith(
        "Next: review max-subarray (easy): Maximum subarray sum; due 2 hours ago, last solved "
    )
    assert nxt[1] == "Run:  judge review start max-subarray"
    due = run("list", "--status", "due", at=day1).output.splitlines()
    assert due[0] == "Programming puzzles (1)"  # a heading per part of the catalogue
    assert len(due) == 3 and due[2].split()[:3] == ["max-subarray", "easy", "due"]
    # Re-checking the accepted file is not a review: still due.
    assert run("check", "max-subarray", at=day1).exit_code == 0
    assert run("review", at=day1).output.startswith("Due for review")
    # The review starts from a fresh stub in its own file; the accepted file is kept.
    started = run("review", "start", "max-subarray", at=day1)
    path = isolated_workspace / "solutions" / "review" / review_name(day1)
    assert started.exit_code == 0
    assert started.output.startswith(
        f"Wrote solutions/review/{review_name(day1)} from the stub; your accepted solution is "
        "kept as it is.\n"
    )
    assert path.read_text() == workspace.render_stub(_challenge())
    assert solution.read_bytes() == REFERENCE.read_bytes()
    again = run("review", "start", "max-subarray", at=day1)
    assert again.output.startswith(
        f"Your review of max-subarray is already in solutions/review/{review_name(day1)}."
    )
    assert "In progress: solutions/review/" in run("review", at=day1).output
    # `judge check` grades the review file now: first the stub, then a wrong answer, then AC.
    stub = run("check", "max-subarray", at=day1)
    assert stub.exit_code == 1
    assert stub.output == (
        f"max-subarray is not started yet: write your solution in "
        f"solutions/review/{review_name(day1)}.\n"
    )
    path.write_bytes(WRONG.read_bytes())
    wrong = run("check", "max-subarray", "--quick", at=day1 + HOUR)
    assert wrong.exit_code == 1 and wrong.output.startswith(f"max-subarray  ({path})")
    path.write_bytes(KADANE.read_bytes())
    assert run("check", "max-subarray", at=day1 + 2 * HOUR).exit_code == 0
    # A review with a rejected check shrinks the interval (1 day stays 1 day, the least).
    assert run("review", at=day1 + 2 * HOUR).output == (
        "Nothing is due for review.\nComing up: max-subarray in 1 day.\n"
    )
    after = run("check", "max-subarray", "--quick", at=day1 + 3 * HOUR)
    assert after.output.startswith(f"max-subarray  ({solution})")  # the review is over
    # Day 2: a clean review grows it to 6 days (SM-2's second interval).
    day2 = day1 + 2 * HOUR + DAY + HOUR
    assert run("review", "start", "max-subarray", at=day2).exit_code == 0
    second = isolated_workspace / "solutions" / "review" / review_name(day2)
    assert second != path and path.read_bytes() == KADANE.read_bytes()
    second.write_bytes(DIVIDE.read_bytes())
    assert run("check", "max-subarray", at=day2).exit_code == 0
    assert run("review", at=day2).output == (
        "Nothing is due for review.\nComing up: max-subarray in 6 days.\n"
    )
    # Nothing of this is kept apart from the attempts: a fresh look at the store agrees.
    with store.Store(workspace.state_dir()) as db:
        files = [Path(a.file).name for a in db.attempts("max-subarray")]
    assert files == [
        "max_subarray.py", "max_subarray.py", review_name(day1), review_name(day1),
        "max_subarray.py", review_name(day2),
    ]  # fmt: skip


def _challenge():
    from judge.challenge.catalog import find_challenge

    return find_challenge("max-subarray")


def test_review_start_needs_a_solved_challenge():
    result = run("review", "start", "zero-sum-pair", at=T0)
    assert result.exit_code == 2
    assert result.output == (
        "Error: zero-sum-pair is not solved yet, so there is nothing to review: "
        "solve it first ('judge check zero-sum-pair').\n"
    )


def test_a_bad_clock_is_one_sentence():
    result = CliRunner().invoke(main, ["review"], env={"JUDGE_NOW": "yesterday"})
    assert result.exit_code == 2
    assert result.output == (
        "Error: JUDGE_NOW='yesterday' is not a time: give seconds since the epoch or an ISO "
        "date such as 2025-01-15T12:00.\n"
    )
