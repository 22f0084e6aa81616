"""Times as people read them: a clock for durations, and local wall-clock times in the
learner's own zone (pinned here, so the test means the same in every zone)."""

from judge.render.timefmt import clock, duration, local_time, relative

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


def test_how_far_a_moment_is_in_its_largest_unit():
    assert relative(3 * 86_400 + 5) == "in 3 days" and relative(-2 * 3600) == "2 hours ago"
    assert relative(60) == "in 1 minute" and relative(59) == "now" and relative(-30) == "now"


def test_a_span_as_people_say_it():
    assert [duration(s) for s in (45, 12 * 60 + 30, 3900, 3.5 * 86_400)] == [
        "45 s",
        "12 min",
        "1 h 05 min",
        "3.5 days",
    ]
