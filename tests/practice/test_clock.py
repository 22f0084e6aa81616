"""The learner's one clock: the real time, or $JUDGE_NOW (seconds, or an ISO date) for
tests and demonstrations; a bad value is one sentence."""

import time

import pytest

from judge.errors import JudgeError
from judge.practice import clock


def test_without_judge_now_it_is_the_real_time(monkeypatch):
    monkeypatch.delenv("JUDGE_NOW", raising=False)
    before = time.time()
    assert before <= clock.now() <= time.time()
    monkeypatch.setenv("JUDGE_NOW", "  ")  # blank: not set
    assert before <= clock.now() <= time.time()


def test_judge_now_in_seconds_or_as_an_iso_date(monkeypatch, time_zone):
    monkeypatch.setenv("JUDGE_NOW", "1800000000.5")
    assert clock.now() == 1_800_000_000.5
    time_zone("UTC0")
    monkeypatch.setenv("JUDGE_NOW", "2027-01-15T08:00")  # a local time
    assert clock.now() == 1_800_000_000
    monkeypatch.setenv("JUDGE_NOW", "2027-01-15T08:00+00:00")
    time_zone("HST10")
    assert clock.now() == 1_800_000_000  # a zone given wins over the local one


def test_a_bad_judge_now_is_one_sentence(monkeypatch):
    monkeypatch.setenv("JUDGE_NOW", "tomorrow")
    with pytest.raises(JudgeError) as caught:
        clock.now()
    assert str(caught.value) == (
        "JUDGE_NOW='tomorrow' is not a time: give seconds since the epoch "
        "or an ISO date such as 2025-01-15T12:00."
    )
