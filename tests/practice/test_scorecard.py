"""What counts in a round, and in the catalogue: the late-work rules as plain functions over
hand-built attempts and round links (a fake store, no database, no worker).

The rules (README, "Rounds"): the final grading counts unless it was handed in late; then
the last check made in time counts, or nothing. Late work is shown, never counted. Attempts
are the checks made in time; the time to first AC is when accepted work was handed in; a
--quick AC is an AC only in a round graded --quick."""

from __future__ import annotations

import dataclasses

import pytest

from judge.practice import scorecard
from judge.practice.store import Attempt, RoundLink, RoundRecord
from judge.verdicts import Verdict

START = 1_800_000_000.0
DEADLINE = START + 45 * 60


class FakeStore:
    """The two questions the scorecard asks of the store, answered from lists."""

    def __init__(self, *linked: tuple[Attempt, RoundLink | None]) -> None:
        self._attempts = [a for a, _ in linked]
        self._links = {a.id: link for a, link in linked if link is not None}

    def attempts(self, challenge: str | None = None) -> list[Attempt]:
        return [a for a in self._attempts if challenge in (None, a.challenge)]

    def round_links(self, round_id: int | None = None) -> dict[int, RoundLink]:
        return {i: link for i, link in self._links.items() if round_id in (None, link.round_id)}


def attempt(id: int, verdict: str, score: int, slug: str = "max-subarray", quick: bool = False):
    return Attempt(
        id=id,
        challenge=slug,
        file=f"rounds/1/{slug.replace('-', '_')}.py",
        file_sha256="0" * 64,
        verdict=Verdict(verdict),
        score=score,
        accepted=verdict == "AC",
        quick=quick,
        seconds=0.5,
        created=START + id,
        tiers=[],
    )


def check(minutes: float, late: bool = False, round_id: int = 1) -> RoundLink:
    """A check the user ran `minutes` after the start."""
    return RoundLink(round_id, late=late, final=False, handed_in=START + 60 * minutes)


def final(minutes: float, late: bool = False) -> RoundLink:
    """The grading at the round's end of a file last saved `minutes` after the start."""
    return RoundLink(1, late=late, final=True, handed_in=START + 60 * minutes)


def record(*challenges: str, quick: bool = False, mode: str = "practice") -> RoundRecord:
    return RoundRecord(
        1, mode, None, quick, "rounds/1", START, DEADLINE, DEADLINE, "ended", challenges
    )


def row(*linked, quick: bool = False) -> scorecard.Row:
    card = scorecard.for_round(FakeStore(*linked), record("max-subarray", quick=quick))
    (only,) = card.rows
    return only


def test_the_final_grading_counts_when_it_was_handed_in_time():
    counted = row(
        (attempt(1, "WA", 0), check(5)),
        (attempt(2, "AC", 100), check(20)),
        (attempt(3, "TLE", 69), final(30)),  # the file as it was at the end
    )
    assert (counted.verdict, counted.score, counted.attempts) == ("TLE", 69, 2)
    assert counted.first_ac == 20 * 60 and counted.late_verdict is None


def test_a_late_final_grading_leaves_the_last_check_made_in_time():
    counted = row(
        (attempt(1, "WA", 0), check(5)),
        (attempt(2, "TLE", 69), check(40)),
        (attempt(3, "AC", 100), final(50, late=True)),  # saved after the deadline
    )
    assert (counted.verdict, counted.score, counted.attempts) == ("TLE", 69, 2)
    assert counted.first_ac is None  # the only AC was late
    assert counted.late_verdict == "AC"


def test_only_late_work_counts_for_nothing():
    """A whiteboard round: no checks, and a file saved after the deadline."""
    counted = row((attempt(1, "AC", 100), final(46, late=True)))
    assert (counted.verdict, counted.score, counted.attempts, counted.first_ac) == (
        None,
        0,
        0,
        None,
    )
    assert counted.late_verdict == "AC"


def test_late_checks_are_shown_never_counted_and_the_latest_is_shown():
    counted = row(
        (attempt(1, "WA", 0), check(10)),
        (attempt(2, "AC", 100), check(50, late=True)),
        (attempt(3, "TLE", 69), check(55, late=True)),
    )
    assert (counted.verdict, counted.score, counted.attempts) == ("WA", 0, 1)
    assert counted.late_verdict == "TLE"


def test_a_problem_not_attempted_scores_nothing():
    counted = row()
    assert (counted.verdict, counted.score, counted.attempts, counted.first_ac) == (
        None,
        0,
        0,
        None,
    )
    assert counted.file == "rounds/1/max_subarray.py" and counted.title == "Maximum subarray sum"


def test_first_ac_is_the_earliest_accepted_work_handed_in_time():
    counted = row(
        (attempt(1, "AC", 100), check(12)),
        (attempt(2, "WA", 0), check(15)),
        (attempt(3, "AC", 100), final(30)),
    )
    assert counted.first_ac == 12 * 60 and counted.verdict == "AC"


@pytest.mark.parametrize(("quick_round", "first_ac"), [(False, 25 * 60), (True, 8 * 60)])
def test_a_quick_ac_says_nothing_of_speed_unless_the_round_is_quick(quick_round, first_ac):
    counted = row(
        (attempt(1, "AC", 60, quick=True), check(8)),
        (attempt(2, "AC", 100), check(25)),
        quick=quick_round,
    )
    assert counted.first_ac == first_ac


def test_attempts_of_other_challenges_and_rounds_stay_out():
    store = FakeStore(
        (attempt(1, "AC", 100), check(5)),
        (attempt(2, "WA", 0, slug="zero-sum-pair"), check(6)),
        (attempt(3, "WA", 0), check(7, round_id=2)),  # another round
        (attempt(4, "WA", 0), None),  # an ordinary check, outside any round
    )
    card = scorecard.for_round(store, record("max-subarray", "zero-sum-pair"))
    ms, zsp = card.rows
    assert (ms.challenge, ms.verdict, ms.attempts) == ("max-subarray", "AC", 1)
    assert (zsp.challenge, zsp.verdict, zsp.attempts) == ("zero-sum-pair", "WA", 1)
    assert card.total == 100 and card.possible == 200 and not card.has_late_work
    assert card.round.id == 1


def test_a_card_with_late_work_says_so():
    card = scorecard.for_round(
        FakeStore((attempt(1, "AC", 100), check(50, late=True))), record("max-subarray")
    )
    assert card.has_late_work and card.total == 0


def test_the_catalogue_card_latest_verdict_best_score_and_time_to_first_ac():
    store = FakeStore(
        (attempt(1, "TLE", 69), None),  # created START + 1
        (attempt(5, "AC", 100), None),  # created START + 5
        (attempt(9, "WA", 0), None),
    )
    card = scorecard.for_catalogue(store)
    rows = {r.challenge: r for r in card.rows}
    ms = rows.pop("max-subarray")
    assert (ms.verdict, ms.score, ms.attempts, ms.first_ac) == ("WA", 100, 3, 4.0)
    assert all(r.verdict is None and r.attempts == 0 for r in rows.values())
    assert card.round is None and card.possible == 100 * len(card.rows)


def test_a_removed_challenge_is_titled_by_its_slug():
    assert scorecard.title_of("no-longer-here") == "no-longer-here"
    assert scorecard.title_of("max-subarray") == "Maximum subarray sum"


def test_the_counted_attempt_carries_what_was_claimed_and_measured():
    growth = {"claimed": "n", "submission": "~n^2"}
    tiers = [{"name": "examples"}, {"name": "performance", "growth": growth}]
    claimed = dataclasses.replace(attempt(2, "TLE", 69), tiers=tiers)
    counted = row((attempt(1, "WA", 0), check(5)), (claimed, final(30)))
    assert (counted.claimed, counted.measured) == ("n", "~n^2")
    plain = row((attempt(1, "AC", 100), final(30)))  # no performance tier recorded
    assert (plain.claimed, plain.measured) == (None, None)
    assert scorecard.claim_and_measure(None) == {"claimed": None, "measured": None}
