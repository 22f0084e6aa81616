"""The review queue as text, from cards built by hand: what is due (most overdue first),
how the last session went, what comes up next, how to start."""

import pytest

from judge.practice.review import Card, Entry, Queue, ReviewStart, Session
from judge.render.review import days, next_review_text, render_queue, session_text, started_text

DAY = 86_400
T0 = 1_800_000_000.0  # 2027-01-15 08:00 UTC


@pytest.fixture(autouse=True)
def utc(time_zone):
    time_zone("UTC0")


def card(slug, solved_days_ago, interval, **session):
    last = Session(
        opened=T0 - solved_days_ago * DAY - 60,
        solved=T0 - solved_days_ago * DAY,
        quality=session.pop("quality", 5),
        rejected=session.pop("rejected", 0),
        hints=session.pop("hints", 0),
        revealed=session.pop("revealed", False),
    )
    return Card(slug, (last,), 1, interval, 2.5, 0)


def test_how_a_session_went_in_words():
    assert session_text(card("x", 1, 1).sessions[0]) == "clean"
    assert session_text(card("x", 1, 1, rejected=2, hints=1).sessions[0]) == (
        "2 rejected checks, 1 hint"
    )
    assert session_text(card("x", 1, 1, rejected=1, revealed=True).sessions[0]) == (
        "reference shown"
    )
    assert days(1) == "1 day" and days(6) == "6 days"


def test_the_queue_due_first_then_what_comes_up(max_subarray, isolated_workspace):
    due = Entry(card("max-subarray", 8, 6, rejected=1), max_subarray, None)
    soon = [card(f"c{i}", 0, i + 1) for i in range(7)]
    text = render_queue(Queue([due], soon, T0))
    assert text.splitlines() == [
        "Due for review, most overdue first:",
        "  challenge     due             last solved       interval  last time",
        "  max-subarray  2 days ago      2027-01-07 08:00  6 days    1 rejected check",
        "Start one: judge review start max-subarray   (a fresh stub; your accepted file is kept)",
        "Coming up: c0 in 1 day, c1 in 2 days, c2 in 3 days, c3 in 4 days, c4 in 5 days, "
        "and 2 more.",
    ]
    started = Entry(due.card, max_subarray, isolated_workspace / "reviews" / "max_subarray.py")
    assert "In progress: reviews/max_subarray.py; 'judge check max-subarray' grades it." in (
        render_queue(Queue([started], [], T0))
    )


def test_nothing_to_review():
    assert render_queue(Queue([], [], T0)).startswith("Nothing to review yet:")
    assert render_queue(Queue([], [card("x", 0, 3)], T0)) == (
        "Nothing is due for review.\nComing up: x in 3 days."
    )


def test_starting_a_review_and_the_next_one(max_subarray, isolated_workspace):
    path = isolated_workspace / "reviews" / "max_subarray.py"
    due = card("max-subarray", 8, 6)
    assert started_text(ReviewStart(path, True, due)).startswith(
        "Wrote reviews/max_subarray.py from the stub; your accepted solution is kept as it is."
    )
    assert started_text(ReviewStart(path, False, due)).startswith(
        "Your review of max-subarray is already in reviews/max_subarray.py."
    )
    text = next_review_text(Entry(due, max_subarray, None), T0)
    assert text == (
        "Next: review max-subarray (easy): Maximum subarray sum; due 2 days ago, last solved "
        "2027-01-07 08:00\nRun:  judge review start max-subarray"
    )
    started = next_review_text(Entry(due, max_subarray, path), T0)
    assert started.endswith("your review is in reviews/max_subarray.py")
