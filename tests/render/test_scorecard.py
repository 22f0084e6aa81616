"""Scorecards as text, from cards built by hand: the title and subtitle of a round (or of
the catalogue), one row per challenge with late work marked, the notes and the total."""

from judge.practice.scorecard import Row, Scorecard
from judge.practice.store import RoundRecord
from judge.render.scorecard import LATE_NOTE, card_text, render_rows, render_scorecard
from judge.verdicts import Verdict

START = 1_800_000_000.0


def a_round(outcome="ended", quick=True, mode="practice"):
    return RoundRecord(
        4, mode, 7, quick, "rounds/4", START, START + 2700, START + 2000, outcome, ()
    )


ROWS = [
    Row("max-subarray", "Maximum subarray sum", Verdict.AC, 60, 2, 754.0, file="rounds/4/m.py"),
    Row("zero-sum-pair", "A pair that sums to zero", None, 0, 0, None, Verdict.AC, "rounds/4/z.py"),
]


def test_a_rounds_scorecard(time_zone):
    time_zone("UTC0")
    text = render_scorecard(Scorecard(ROWS, round=a_round()))
    assert text.splitlines() == [
        "Round 4: practice, 45 min, started 2027-01-15 08:00, ended with 'judge round end', "
        "graded --quick",
        "",
        "  challenge      verdict  score  attempts  first AC",
        "  max-subarray   AC          60         2     12:34",
        "  zero-sum-pair  --           0         0         -  (late: AC, not counted)",
        "",
        LATE_NOTE,
        "Total: 60/200",
    ]


def test_how_a_round_ended_is_said_in_words(time_zone):
    time_zone("UTC0")
    subtitles = {
        outcome: card_text(Scorecard([], round=a_round(outcome, quick=False))).subtitle
        for outcome in (None, "ended", "expired", "abandoned")
    }
    assert subtitles == {
        None: "practice, 45 min, started 2027-01-15 08:00, in progress",
        "ended": "practice, 45 min, started 2027-01-15 08:00, ended with 'judge round end'",
        "expired": "practice, 45 min, started 2027-01-15 08:00, time ran out",
        "abandoned": "practice, 45 min, started 2027-01-15 08:00, abandoned, no score",
    }


def test_the_catalogue_card_and_files_on_request():
    text = card_text(Scorecard(ROWS[:1]))
    assert (text.title, text.first_ac_label, text.notes) == ("All challenges", "AC after", [])
    assert text.total == 60 and text.possible == 100
    rows = render_rows(Scorecard(ROWS, round=a_round()), show_files=True)
    assert rows[0].endswith("first AC  file")
    assert rows[1].endswith("12:34  rounds/4/m.py")
    assert rows[2].endswith("rounds/4/z.py  (late: AC, not counted)")


def test_a_claimed_complexity_is_shown_next_to_what_was_measured():
    said = Row("max-subarray", "M", Verdict.TLE, 69, 1, None, claimed="n", measured="~n^2")
    (_, line) = render_rows(Scorecard([said]))
    assert line.endswith("(said O(n), measured ~n^2)")
