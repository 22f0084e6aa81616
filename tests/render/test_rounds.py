"""Rounds as text, from rounds and results built by hand: a round started, its status, a
check of a round problem (counted or late), a whiteboard load check, an abandoned round."""

import pytest

from judge.grading.results import CheckResult, RoundInfo, TierKind, TierResult
from judge.practice.rounds import Round, RoundNote
from judge.practice.scorecard import Row, Scorecard
from judge.render.rounds import (
    abandoned_text,
    load_check_text,
    round_note_text,
    started_text,
    status_text,
)
from judge.verdicts import Failure, Verdict

START = 1_800_000_000.0  # 08:00 UTC


@pytest.fixture
def utc(time_zone):
    time_zone("UTC0")


def a_round(mode="practice", seed=7):
    return Round(
        2, mode, seed, False, "rounds/2", START, START + 1800, None, None, ("max-subarray",)
    )


def test_started_names_each_file_and_how_to_go_on(utc, isolated_workspace):
    assert started_text(a_round()).splitlines() == [
        "Round 2 started: practice, 30 minutes, until 08:30. "
        "Seed 7 (--seed 7 picks the same again).",
        "  max-subarray  rounds/2/max_subarray.py  Maximum subarray sum",
        "Check with 'judge check <challenge>', see the clock with 'judge round status', "
        "finish with 'judge round end'.",
    ]
    whiteboard = started_text(a_round("whiteboard", seed=None))
    assert "Seed" not in whiteboard
    assert "Whiteboard: a check only says whether your file loads;" in whiteboard


def test_status_shows_the_clock_and_the_rows(utc):
    card = Scorecard([Row("max-subarray", "M", Verdict.WA, 0, 3, None, file="rounds/2/m.py")])
    text = status_text(a_round("whiteboard"), card, now=START + 600)
    assert text.splitlines()[0] == "Round 2 (whiteboard, 30 min): 20:00 left, until 08:30."
    assert "rounds/2/m.py" in text and text.endswith(
        "Whiteboard: verdicts come when the round ends."
    )
    assert (
        status_text(None, None, START) == "No round is running. Start one with 'judge round start'."
    )


def test_a_check_that_counted_and_one_that_was_late(utc):
    counted = RoundNote(2, False, START + 1800, "max-subarray", 3, 754.0)
    assert round_note_text(counted) == "Round 2: attempt 3 on max-subarray, 12:34 left."
    late = RoundNote(2, True, START + 1800, "max-subarray", 3, 0.0)
    assert round_note_text(late) == (
        "Time was up for round 2 (at 08:30): this check is recorded as late and does not count."
    )


def load_check(isolated_workspace, failure=None):
    tier = TierResult(TierKind.LOAD, "Loading your file", True, Verdict.AC)
    tier.summary = "loads and defines max_subarray_sum"
    if failure:
        tier.verdict, tier.failure, tier.summary = (
            Verdict.CE,
            failure,
            "your file could not be loaded",
        )
    path = isolated_workspace / "rounds" / "2" / "max_subarray.py"
    info = RoundInfo(2, "whiteboard", 754)
    return CheckResult("max-subarray", str(path), [tier], graded=False, round=info)


def test_a_whiteboard_check_says_only_whether_the_file_loads(isolated_workspace):
    assert load_check_text(load_check(isolated_workspace)).splitlines() == [
        "rounds/2/max_subarray.py loads and defines max_subarray_sum.",
        "Whiteboard round 2: no grading until the round ends (12:34 left); "
        "this check was not recorded.",
    ]
    broken = Failure("Your file could not be loaded.", error="SyntaxError: '(' was never closed")
    lines = load_check_text(load_check(isolated_workspace, broken)).splitlines()
    assert lines[:3] == [
        "rounds/2/max_subarray.py does not load (CE).",
        "  Loading your file",
        "    Your file could not be loaded.",
    ]
    assert "    error:    SyntaxError: '(' was never closed" in lines


def test_an_abandoned_round_keeps_its_files():
    assert abandoned_text(a_round()) == (
        "Round 2 abandoned, without a score. Its files stay in rounds/2/."
    )
