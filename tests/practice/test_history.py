"""Past attempts, oldest first, with their round links, and the help a learner used: the
library over a fake store, then `judge history` end to end."""

from __future__ import annotations

import re

import pytest

from judge.practice import history
from judge.practice.history import HelpUsed

from ..roundkit import MS_REFERENCE, ZSP_WRONG, put, run, use_two_challenges
from .test_scorecard import FakeStore, attempt, check


def test_rows_are_every_attempt_with_its_link_oldest_first():
    store = FakeStore(
        (attempt(1, "WA", 0), None),
        (attempt(2, "AC", 100), check(5)),
        (attempt(3, "WA", 0, slug="zero-sum-pair"), check(6, round_id=2)),
    )
    rows = history.history(store)
    assert [(r.attempt.id, r.link) for r in rows] == [
        (1, None),
        (2, check(5)),
        (3, check(6, round_id=2)),
    ]
    assert [r.attempt.id for r in history.history(store, "max-subarray")] == [1, 2]
    assert [r.attempt.id for r in history.history(store, round_id=2)] == [3]
    assert history.history(store, "max-subarray", round_id=2) == []


def test_help_used_is_true_only_when_some_help_was_used():
    class Aids:
        def hints_used(self, slug):
            return {"max-subarray": 2}.get(slug, 0)

        def reveals(self, slug):
            return {"zero-sum-pair": 1}.get(slug, 0)

    assert history.help_used(Aids(), "max-subarray") == HelpUsed(hints=2, reveals=0)
    assert history.help_used(Aids(), "zero-sum-pair") == HelpUsed(hints=0, reveals=1)
    assert not history.help_used(Aids(), "is-palindrome")
    assert HelpUsed(1, 0) and HelpUsed(0, 1)


@pytest.fixture
def two_challenges(tmp_path, monkeypatch):
    return use_two_challenges(tmp_path, monkeypatch)


def test_history_lists_attempts_with_their_round(two_challenges, isolated_workspace, tmp_path):
    assert run("history").output == (
        "No attempts recorded yet. Grade a solution with 'judge check <challenge>'.\n"
    )
    mine = tmp_path / "mine.py"
    put(mine, ZSP_WRONG)
    run("check", "zero-sum-pair", "--file", mine, "--quick")
    assert run("round", "start", "max-subarray", "--quick").exit_code == 0
    put(isolated_workspace / "rounds" / "1" / "max_subarray.py", MS_REFERENCE)
    run("check", "max-subarray", "--quick")
    run("round", "end")
    result = run("history")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["when", "challenge", "verdict", "score", "time", "round", "file"]
    first, check, final = (line.split() for line in lines[1:4])
    assert first[2:5] == ["zero-sum-pair", "WA*", "0"] and first[6:] == ["-", str(mine)]
    assert check[2:5] == ["max-subarray", "AC*", "60"]
    assert check[6:] == ["1", "rounds/1/max_subarray.py"]
    assert final[6:] == ["1", "final", "rounds/1/max_subarray.py"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", first[0]) and re.fullmatch(r"\d+\.\d+s", first[5])
    assert lines[-1] == "* --quick: correctness only, speed not graded."
    only = run("history", "max_subarray").output
    assert "zero-sum-pair" not in only and only.count("max-subarray") == 2
    unknown = run("history", "max-subaray")
    assert unknown.exit_code == 2 and "Did you mean max-subarray?" in unknown.output
