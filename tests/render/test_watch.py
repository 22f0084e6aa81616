"""`judge watch` as text: one message per event of the watch loop, built by hand."""

from pathlib import Path

import pytest

from judge.grading.results import CheckResult, TierKind, TierResult
from judge.practice.rounds import RoundNote
from judge.practice.watch import (
    AllSolved,
    Graded,
    GradingStarted,
    Missing,
    MovedOn,
    NotGraded,
    Untouched,
    Watching,
)
from judge.render.terminal import render_check
from judge.render.watch import watch_message
from judge.verdicts import Verdict

PATH = Path("solutions/max_subarray.py")


def test_the_loops_plain_events(max_subarray):
    assert watch_message(Watching(max_subarray, PATH)) == (
        "Watching solutions/max_subarray.py (max-subarray: Maximum subarray sum). "
        "Save it to grade it; Ctrl-C to stop."
    )
    assert watch_message(Untouched(PATH)) == (
        "solutions/max_subarray.py is the untouched stub: not started yet. "
        "Write your solution in it and save to grade it."
    )
    assert watch_message(Missing(PATH)) == (
        "solutions/max_subarray.py is gone; waiting for it to be saved again."
    )
    assert watch_message(GradingStarted(3, PATH, False)) == "[#3] grading max_subarray.py..."
    assert watch_message(GradingStarted(4, PATH, True)) == (
        "[#4] grading max_subarray.py... (a newer save arrived: the previous grading was stopped)"
    )
    assert watch_message(NotGraded(5, "The grading stopped.")) == "[#5] The grading stopped."
    assert watch_message(MovedOn(max_subarray, PATH, True)) == (
        "On to max-subarray (Maximum subarray sum): wrote the stub to solutions/max_subarray.py."
    )
    assert watch_message(MovedOn(max_subarray, PATH, False)).endswith(
        "watching solutions/max_subarray.py."
    )
    assert watch_message(AllSolved()) == "Every challenge is solved. Stopped watching."


def result(verdict, fraction):
    tiers = [
        TierResult(kind, kind.value, True, verdict, fraction=fraction)
        for kind in (
            TierKind.EXAMPLES,
            TierKind.PROPERTIES,
        )
    ]
    return CheckResult("max-subarray", str(PATH), tiers)


def test_a_grading_at_a_glance_then_the_report():
    wrong = watch_message(Graded(2, result(Verdict.WA, 0.0)))
    first, blank = wrong.splitlines()[:2]
    assert (first, blank) == ("[#2] max-subarray: WA (wrong answer), 0/100", "")
    assert render_check(result(Verdict.WA, 0.0)) in wrong
    assert wrong.endswith("\n\nSave to re-grade; Ctrl-C to stop.")
    accepted = watch_message(Graded(3, result(Verdict.AC, 1.0)))
    assert accepted.startswith("[#3] max-subarray: AC (accepted), 100/100")
    assert accepted.endswith("Accepted. 'judge next' says what to solve next.")


def test_a_graded_round_check_carries_its_note():
    note = RoundNote(1, False, 0.0, "max-subarray", 2, 61.0)
    text = watch_message(Graded(2, result(Verdict.WA, 0.0), note=note))
    assert "Round 1: attempt 2 on max-subarray, 1:01 left." in text


def test_an_unknown_event_is_a_bug():
    with pytest.raises(TypeError, match="not a watch event"):
        watch_message("saved")
