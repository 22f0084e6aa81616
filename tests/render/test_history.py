"""`judge history` as text, from rows built by hand: when (local time), challenge, verdict
(`*` for --quick), score, time, round (`final`, `late`), file relative to the workspace."""

import dataclasses

from judge.practice.history import HelpUsed, HistoryRow
from judge.practice.store import RoundLink
from judge.render.history import help_text, render_help, render_history, round_label, verdict_mark

from ..practice.test_scorecard import attempt


def test_the_table_of_attempts(isolated_workspace, time_zone):
    time_zone("UTC0")
    ordinary = attempt(1, "WA", 0, slug="zero-sum-pair", quick=True)  # created 1_800_000_001
    in_round = dataclasses.replace(  # recorded with its absolute path: shown relative
        attempt(2, "AC", 100), file=str(isolated_workspace / "rounds" / "1" / "max_subarray.py")
    )
    final = RoundLink(1, late=True, final=True, handed_in=0.0)
    rows = [HistoryRow(ordinary, None), HistoryRow(in_round, final)]
    assert render_history(rows).splitlines() == [
        "when              challenge      verdict  score    time  round          file",
        "2027-01-15 08:00  zero-sum-pair  WA*          0    0.5s  -              "
        "rounds/1/zero_sum_pair.py",
        "2027-01-15 08:00  max-subarray   AC         100    0.5s  1 final late   "
        "rounds/1/max_subarray.py",
        "* --quick: correctness only, speed not graded.",
    ]


def test_marks_and_labels():
    quick = HistoryRow(attempt(1, "AC", 60, quick=True), None)
    assert verdict_mark(quick) == "AC*" and round_label(quick) == "-"
    checked = HistoryRow(attempt(2, "TLE", 69), RoundLink(3, late=False, final=False, handed_in=0))
    assert verdict_mark(checked) == "TLE" and round_label(checked) == "3"
    late = HistoryRow(attempt(3, "AC", 100), RoundLink(3, late=True, final=False, handed_in=0))
    assert round_label(late) == "3 late"


def test_no_attempts_says_how_to_make_one():
    assert render_history([]) == (
        "No attempts recorded yet. Grade a solution with 'judge check <challenge>'."
    )


def test_help_used_in_words():
    assert help_text(HelpUsed(1, 0)) == "1 hint"
    assert help_text(HelpUsed(2, 1)) == "2 hints, reference shown"
    assert help_text(HelpUsed(0, 3)) == "reference shown" and help_text(HelpUsed(0, 0)) == ""
    used = {"max-subarray": HelpUsed(2, 0), "zero-sum-pair": HelpUsed(0, 0)}
    assert render_help(used) == "Help used:\n  max-subarray: 2 hints"
    assert render_help({"zero-sum-pair": HelpUsed(0, 0)}) == ""
