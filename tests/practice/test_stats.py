"""Progress in numbers, computed from hand-built attempts (no store): solved per difficulty
and tag, streaks of local days, a new solution only for new content, the median time to
accept. Local days are read in a pinned time zone."""

import dataclasses
from datetime import date

import pytest

from judge.challenge.catalog import find_challenge
from judge.practice import stats
from judge.practice.stats import Tally

from .test_scorecard import attempt

DAY = 86_400
T0 = 1_800_000_000.0  # 2027-01-15 08:00 UTC


@pytest.fixture(autouse=True)
def utc(time_zone):
    time_zone("UTC0")


def made(id, verdict, slug="max-subarray", at=T0, sha="a", quick=False, score=100):
    return dataclasses.replace(
        attempt(id, verdict, score, slug=slug, quick=quick), created=at, file_sha256=sha
    )


def test_streaks_end_today_or_yesterday():
    today = date(2027, 1, 15)
    days = {date(2027, 1, d) for d in (5, 6, 7, 13, 14)}
    assert stats.streaks(days, today) == (2, 3)  # up to yesterday; the longest was 3
    assert stats.streaks(days | {today}, today) == (3, 3)
    assert stats.streaks({date(2027, 1, 12)}, today) == (0, 1)
    assert stats.streaks(set(), today) == (0, 0)


def test_a_solution_is_new_content_accepted_in_full():
    attempts = [
        made(1, "AC", at=T0),
        made(2, "AC", at=T0 + 60),  # the same file again: not a new solution
        made(3, "AC", at=T0 + DAY, sha="b"),  # new content, the next day
        made(4, "AC", at=T0 + DAY, quick=True, sha="c"),  # --quick: speed not graded
        made(5, "WA", at=T0 + 2 * DAY, sha="d", score=0),
        made(6, "AC", slug="zero-sum-pair", at=T0 + DAY),
    ]
    assert stats.solutions_per_day(attempts) == {date(2027, 1, 15): 1, date(2027, 1, 16): 2}


def test_the_numbers_from_the_records(max_subarray):
    catalogue = [max_subarray, find_challenge("zero-sum-pair"), find_challenge("csv-aggregate")]
    attempts = [
        made(1, "WA", at=T0, score=0),
        made(2, "AC", at=T0 + 3600),  # solved an hour after its first check
        made(3, "IE", slug="zero-sum-pair", at=T0),  # the judge's bug: not the learner's
        made(4, "WA", slug="zero-sum-pair", at=T0 + 10, score=0),
        made(5, "AC", slug="no-longer-here", at=T0),  # not in the catalogue
    ]
    computed = stats.compute(catalogue, attempts, {"max-subarray": (2, 1)}, now=T0 + DAY, due=1)
    assert computed.overall == Tally(solved=1, total=3, attempts=3, hints=2)
    assert computed.by_difficulty == [
        ("easy", Tally(solved=1, total=2, attempts=3, hints=2)),
        ("medium", Tally(solved=0, total=1, attempts=0, hints=0)),
    ]
    assert [tag for tag, _ in computed.by_tag] == sorted({t for c in catalogue for t in c.tags})
    assert computed.accepted_checks == 1 and computed.reveals == 1 and computed.due == 1
    assert computed.median_to_accept == 3600
    assert (computed.current_streak, computed.longest_streak) == (1, 1)  # yesterday's
    assert computed.today == date(2027, 1, 16)


def test_nothing_solved_has_no_median():
    computed = stats.compute([], [], {}, now=T0)
    assert computed.median_to_accept is None and computed.overall == Tally()
    assert computed.by_difficulty == [] and computed.solutions_per_day == {}
