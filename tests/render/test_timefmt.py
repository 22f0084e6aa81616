"""Times as people read them: a clock for durations, and local wall-clock times in the
learner's own zone (pinned here, so the test means the same in every zone)."""

from judge.render.timefmt import clock, local_time

INSTANT = 1_800_000_000  # 2027-01-15 08:00:00 UTC


def test_clock_shows_minutes_and_seconds_then_hours():
    assert [clock(s) for s in (0, 9.9, 60, 31 * 60 + 20, 3599)] == [
        "0:00",
        "0:09",
        "1:00",
        "31:20",
        "59:59",
    ]
    assert clock(3600) == "1:00:00" and clock(3723) == "1:02:03"


def test_local_time_is_in_the_learners_zone(time_zone):
    time_zone("UTC0")
    assert local_time(INSTANT) == "08:00"
    assert local_time(INSTANT, with_date=True) == "2027-01-15 08:00"
    time_zone("HST10")  # Honolulu
    assert local_time(INSTANT, with_date=True) == "2027-01-14 22:00"
    time_zone("NPT-5:45")  # Kathmandu: not a whole number of hours
    assert local_time(INSTANT) == "13:45"
