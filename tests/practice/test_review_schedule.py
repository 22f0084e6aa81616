"""The review schedule as a pure function of attempts, hints and reveals, on a fixed clock."""

from __future__ import annotations

import itertools

import pytest

from judge.practice import review
from judge.practice.review import DAY, next_interval, schedule
from judge.practice.store import Attempt
from judge.verdicts import Verdict

T0 = 1_736_942_400.0  # a fixed clock: 2025-01-15 12:00 UTC
_ids = itertools.count(1)


def attempt(day: float, verdict: str = "AC", file: str = "v1", quick: bool = False) -> Attempt:
    """A check `day` days after T0 of a file whose content is `file`."""
    ac = verdict == "AC"
    return Attempt(
        id=next(_ids),
        challenge="max-subarray",
        file="solutions/max_subarray.py",
        file_sha256=file,
        verdict=Verdict(verdict),
        score=100 if ac else 20,
        accepted=ac,
        quick=quick,
        seconds=1.0,
        created=T0 + day * DAY,
        tiers=[],
    )


def at(day: float) -> float:
    return T0 + day * DAY


def test_never_solved_has_no_schedule():
    assert schedule([], [], []) is None
    assert schedule([attempt(0, "WA"), attempt(0.1, "AC", quick=True)], [], []) is None


def test_a_clean_first_solve_is_due_a_day_later():
    card = schedule([attempt(0)], [], [])
    assert (card.repetitions, card.interval_days) == (1, 1)
    assert card.easiness == pytest.approx(2.6)
    assert card.due == at(1) and not card.is_due(at(0.99)) and card.is_due(at(1))
    assert card.sessions[0].quality == review.CLEAN


def test_clean_reviews_grow_the_interval_as_sm2_does():
    history = [attempt(0, file="a"), attempt(1, file="b"), attempt(7, file="c")]
    card = schedule(history, [], [])
    # SM-2: 1 day, 6 days, then 6 x easiness (2.8 after three quality-5 sessions) = 17 days.
    assert [s.quality for s in card.sessions] == [5, 5, 5]
    assert (card.repetitions, card.interval_days) == (3, 17)
    assert card.easiness == pytest.approx(2.8)
    assert card.due == at(7 + 17)


def test_a_review_with_rejected_checks_halves_the_interval():
    history = [attempt(0, file="a"), attempt(1, file="b")]  # 1 day, then 6 days
    before = schedule(history, [], [])
    assert before.interval_days == 6
    struggled = schedule([*history, attempt(7, "WA", file="c"), attempt(7.1, file="d")], [], [])
    assert struggled.sessions[-1].quality == review.STRUGGLED
    assert struggled.sessions[-1].rejected == 1
    assert struggled.interval_days == 3 and struggled.repetitions == before.repetitions
    assert struggled.easiness == pytest.approx(before.easiness - 0.14)


def test_hints_during_a_review_count_and_hints_before_it_was_due_do_not():
    history = [attempt(0, file="a"), attempt(1, file="b"), attempt(7.5, file="c")]  # due: day 7
    early_hint = schedule(history, [at(3)], [])  # between two sessions, before it was due
    assert early_hint.sessions[-1].quality == review.CLEAN
    hinted = schedule(history, [at(7.2)], [])  # due, not solved yet: the review used it
    assert hinted.sessions[-1].quality == review.STRUGGLED and hinted.sessions[-1].hints == 1
    assert hinted.interval_days == 3


def test_hints_before_the_very_first_check_count_for_the_first_session():
    card = schedule([attempt(0)], [at(-0.5), at(-0.4)], [])
    assert card.sessions[0].quality == review.STRUGGLED and card.sessions[0].hints == 2
    assert card.interval_days == 1  # a first solve is always followed by a day


def test_seeing_the_reference_is_a_lapse_that_starts_again():
    history = [attempt(0, file="a"), attempt(1, file="b"), attempt(7, "WA", file="c")]
    lapsed = schedule([*history, attempt(7.2, file="d")], [], [at(7.1)])
    assert lapsed.sessions[-1].quality == review.LAPSE and lapsed.sessions[-1].revealed
    assert (lapsed.repetitions, lapsed.interval_days) == (0, 1)
    again = schedule([*history, attempt(7.2, file="d"), attempt(8.3, file="e")], [], [at(7.1)])
    assert (again.repetitions, again.interval_days) == (1, 1)  # relearned: 1 day, then 6


def test_rechecking_accepted_code_or_checking_early_does_not_move_the_schedule():
    base = schedule([attempt(0, file="a")], [], [])
    recheck = schedule([attempt(0, file="a"), attempt(2, file="a")], [], [])
    assert recheck == base  # the same content, accepted before: not a re-solve
    early = schedule([attempt(0, file="a"), attempt(0.5, "WA", file="b")], [], [])
    assert early == base  # before it was due: practice, not a review
    # ...and early accepted code does not count as a review later either.
    later = schedule([attempt(0, file="a"), attempt(0.5, file="b"), attempt(3, file="b")], [], [])
    assert later == base


def test_a_review_in_progress_stays_due_and_counts_its_checks():
    card = schedule(
        [attempt(0, file="a"), attempt(2, "WA", file="b"), attempt(2.1, "TLE", file="c")], [], []
    )
    assert card.pending == 2 and card.is_due(at(3)) and card.due == at(1)


def test_quick_checks_and_internal_errors():
    history = [
        attempt(0, file="a"),
        attempt(1.5, file="b", quick=True),
        attempt(1.6, "IE", file="c"),
    ]
    card = schedule(history, [], [])
    assert card.pending == 1 and len(card.sessions) == 1  # the quick AC: counted, not a solve
    solved = schedule([*history, attempt(1.7, file="d")], [], [])
    assert solved.sessions[-1].quality == review.CLEAN  # a quick AC is no rejection; IE is ours


def test_the_same_history_always_gives_the_same_card_in_any_order():
    history = [attempt(0, "WA", file="x"), attempt(0.2, file="a"), attempt(1.5, file="b")]
    assert schedule(history, [], []) == schedule(list(reversed(history)), [], [])


@pytest.mark.parametrize(
    ("state", "grade", "after"),
    [
        ((0, 0, 2.5), 5, (1, 1, 2.6)),
        ((1, 1, 2.6), 5, (2, 6, 2.7)),
        ((2, 6, 2.7), 5, (3, 17, 2.8)),  # 6 x 2.8 = 16.8
        ((3, 17, 2.8), 3, (3, 8, 2.66)),  # our change: halved (SM-2 would grow it)
        ((3, 17, 2.8), 1, (0, 1, 2.26)),
        ((0, 1, 1.3), 1, (0, 1, 1.3)),  # the easiness never goes below 1.3
    ],
)
def test_one_sm2_step(state, grade, after):
    repetitions, interval, easiness = next_interval(*state, grade)
    assert (repetitions, interval) == after[:2]
    assert easiness == pytest.approx(after[2])
