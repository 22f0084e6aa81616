"""`judge stats` end to end, on a fixed clock, in a catalogue of two challenges."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from judge.cli import main

from .conftest import CHALLENGES

T0 = 1_736_942_400  # 2025-01-15 12:00 UTC: mid-January, far from any clock change
DAY = 86_400
MS, ZSP = CHALLENGES / "max_subarray", CHALLENGES / "zero_sum_pair"


@pytest.fixture(autouse=True)
def two_challenges(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "catalogue"
    root.mkdir()
    for folder in (MS, ZSP):
        (root / folder.name).symlink_to(folder, target_is_directory=True)
    monkeypatch.setenv("JUDGE_CHALLENGES_DIR", str(root))


def run(*args, at: float):
    return CliRunner().invoke(main, [str(a) for a in args], env={"JUDGE_NOW": str(at)})


def test_stats_before_anything_and_after_two_days_of_work(tmp_path):
    empty = run("stats", at=T0)
    assert empty.exit_code == 0
    assert empty.output.startswith("Solved 0 of 2 challenges.\n")
    assert "  median time to accept:  - (nothing solved yet)\n" in empty.output
    mine = tmp_path / "mine.py"
    # Day 0: max-subarray wrong, a hint, then accepted 5 minutes after the first check.
    mine.write_bytes((MS / "samples" / "wrong_answer" / "zero_floor.py").read_bytes())
    assert run("check", "max-subarray", "--file", mine, "--quick", at=T0).exit_code == 1
    assert run("hint", "max-subarray", at=T0 + 60).exit_code == 0
    mine.write_bytes((MS / "reference.py").read_bytes())
    assert run("check", "max-subarray", "--file", mine, at=T0 + 300).exit_code == 0
    # Day 1: zero-sum-pair accepted at its first check.
    theirs = tmp_path / "theirs.py"
    theirs.write_bytes((ZSP / "reference.py").read_bytes())
    assert run("check", "zero-sum-pair", "--file", theirs, at=T0 + DAY).exit_code == 0
    result = run("stats", at=T0 + DAY + 600)  # max-subarray is due again: solved a day ago
    assert result.exit_code == 0
    assert result.output == (
        "Solved 2 of 2 challenges.\n"
        "\n"
        "  difficulty  solved  attempts  hints\n"
        "  easy           2/2         3      1\n"
        "\n"
        "  tag                  solved  attempts  hints\n"
        "  arrays                  2/2         3      1\n"
        "  divide and conquer      1/1         2      1\n"
        "  dynamic programming     1/1         2      1\n"
        "  hashing                 1/1         1      0\n"
        "  sorting                 1/1         1      0\n"
        "\n"
        "  streak:                 2 days (longest 2 days)\n"
        "  attempts:               3 graded, 2 fully accepted\n"
        "  hints used:             1 (the reference shown 0 times)\n"
        "  median time to accept:  2 min, from a challenge's first check to its first full "
        "accept\n"
        "  due for review:         1 ('judge review')\n"
    )
    # Two days later without a solution, the streak is over; the longest one stays.
    later = run("stats", at=T0 + 3 * DAY)
    assert "  streak:                 0 days (longest 2 days)\n" in later.output
