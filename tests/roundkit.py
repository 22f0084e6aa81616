"""Helpers shared by the round and report tests: a catalogue of the two settled challenges
(others are being written and must not change these tests), the CLI, and a way to move a
round's clock without sleeping (the stored wall-clock times are edited)."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from click.testing import CliRunner

from judge.cli import main

from .conftest import CHALLENGES

MAX_SUBARRAY = CHALLENGES / "max_subarray"
ZERO_SUM_PAIR = CHALLENGES / "zero_sum_pair"
MS_REFERENCE = MAX_SUBARRAY / "reference.py"
MS_WRONG = MAX_SUBARRAY / "samples" / "wrong_answer" / "zero_floor.py"
MS_QUADRATIC = MAX_SUBARRAY / "samples" / "time_limit" / "quadratic.py"
ZSP_REFERENCE = ZERO_SUM_PAIR / "reference.py"
ZSP_WRONG = ZERO_SUM_PAIR / "samples" / "wrong_answer" / "adjacent_only.py"


def use_two_challenges(tmp_path: Path, monkeypatch) -> Path:
    """A catalogue of max-subarray and zero-sum-pair only."""
    root = tmp_path / "catalogue"
    root.mkdir()
    for folder in (MAX_SUBARRAY, ZERO_SUM_PAIR):
        (root / folder.name).symlink_to(folder, target_is_directory=True)
    monkeypatch.setenv("JUDGE_CHALLENGES_DIR", str(root))
    return root


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def database(workspace: Path) -> sqlite3.Connection:
    return sqlite3.connect(workspace / ".judge" / "judge.db")


def move_clock(workspace: Path, round_id: int, started_ago: float, deadline_ago: float) -> float:
    """Pretend the round started `started_ago` seconds ago and its deadline passed
    `deadline_ago` seconds ago (negative: still ahead). Returns the new deadline."""
    now = time.time()
    with database(workspace) as db:
        db.execute(
            "UPDATE rounds SET started = ?, deadline = ? WHERE id = ?",
            (now - started_ago, now - deadline_ago, round_id),
        )
    return now - deadline_ago


def put(path: Path, source: Path, mtime: float | None = None) -> None:
    """Write a submission into a round file, optionally dated (when it was last saved)."""
    path.write_bytes(source.read_bytes())
    if mtime is not None:
        os.utime(path, (mtime, mtime))
