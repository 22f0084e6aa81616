"""One graded attempt as `judge check` and `judge watch` make it: routed by the round rules,
graded, shown before anything is written, recorded (or, in a whiteboard round, only loaded).
End to end: these start workers, on --quick checks."""

from __future__ import annotations

import time

import pytest

from judge.errors import StateError
from judge.practice import rounds
from judge.practice.attempt import check_and_record
from judge.practice.store import Store
from judge.verdicts import Verdict

from ..roundkit import MS_REFERENCE, MS_WRONG, put, use_two_challenges


@pytest.fixture
def db(isolated_workspace, tmp_path, monkeypatch):
    use_two_challenges(tmp_path, monkeypatch)
    with Store(isolated_workspace / ".judge") as store:
        yield store


def test_an_ordinary_check_is_shown_then_recorded(db, max_subarray):
    shown = []

    def show(result):
        shown.append((result.verdict, len(db.attempts())))  # what was written by then

    outcome = check_and_record(db, max_subarray, str(MS_WRONG), quick=True, show=show)
    assert shown == [(Verdict.WA, 0)]
    assert outcome.note is None and outcome.settled is None and outcome.result.graded
    (recorded,) = db.attempts()
    assert (recorded.verdict, recorded.file, recorded.quick) == ("WA", str(MS_WRONG), True)
    assert db.round_links() == {}


def test_a_failed_write_never_hides_the_verdict(db, max_subarray, monkeypatch):
    def full_disk(*args, **kwargs):
        raise StateError("The check could not be recorded: disk full.")

    monkeypatch.setattr(db, "record_check", full_disk)
    shown = []
    with pytest.raises(StateError):
        check_and_record(db, max_subarray, str(MS_REFERENCE), quick=True, show=shown.append)
    assert [r.verdict for r in shown] == [Verdict.AC]


def test_a_whiteboard_round_only_loads_and_records_nothing(db, max_subarray, isolated_workspace):
    t0 = time.time()
    rounds.start_round(db, ["max-subarray"], mode="whiteboard", now=t0)
    put(isolated_workspace / "rounds" / "1" / "max_subarray.py", MS_WRONG)
    outcome = check_and_record(db, max_subarray, None, now=t0 + 60)
    assert not outcome.result.graded and outcome.result.verdict is Verdict.AC
    assert [t.name for t in outcome.result.tiers] == ["load"]
    assert outcome.result.round.id == 1 and outcome.result.round.seconds_left == 45 * 60 - 60
    assert outcome.note is None and db.attempts() == []


def test_a_round_check_counts_and_a_late_one_settles_the_round(
    db, max_subarray, isolated_workspace
):
    t0 = time.time() - 3600
    rounds.start_round(db, ["max-subarray"], minutes=30, quick=True, now=t0)
    round_file = isolated_workspace / "rounds" / "1" / "max_subarray.py"
    put(round_file, MS_WRONG, mtime=t0 + 60)
    first = check_and_record(db, max_subarray, None, quick=True, now=t0 + 120)
    assert (first.note.attempt, first.note.late, first.settled) == (1, False, None)
    assert first.note.seconds_left == pytest.approx(28 * 60)
    put(round_file, MS_REFERENCE)  # saved now: after the deadline
    late = check_and_record(db, max_subarray, None, quick=True, now=t0 + 31 * 60)
    assert late.result.verdict is Verdict.AC and late.note.late
    assert late.settled is not None  # the time was up: graded and closed right after
    (row,) = late.settled.rows
    assert (row.verdict, row.attempts, row.late_verdict) == ("WA", 1, "AC")
    assert rounds.running_round(db) is None
    links = db.round_links(1)
    assert [(links[i].late, links[i].final) for i in sorted(links)] == [
        (False, False),
        (True, False),
        (True, True),  # the final grading of a file saved late
    ]
