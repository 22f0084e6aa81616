"""SQLite state: attempts and statuses, one transaction per record, databases that are not
ours (or are broken) refused and kept, older databases upgraded in place."""

import sqlite3

import pytest

from judge.errors import StateError
from judge.grading.results import CheckResult, TierResult
from judge.practice.store import RoundLink, Store
from judge.verdicts import Verdict

from ..roundkit import run


def result(verdict, score_fraction=1.0, quick=False):
    tiers = [
        TierResult("examples", "Examples", True, verdict, fraction=score_fraction),
        TierResult("properties", "Properties", True, verdict, fraction=score_fraction),
    ]
    return CheckResult("max-subarray", "x.py", tiers, quick=quick)


def test_records_and_summarises(tmp_path):
    solution = tmp_path / "x.py"
    solution.write_text("pass\n")
    with Store(tmp_path / "state") as store:
        store.record_check(result(Verdict.WA, 0.0), solution)
        store.record_check(result(Verdict.AC), solution)
        status = store.statuses()["max-subarray"]
        assert status.attempts == 2 and status.solved and status.best_score == 100
        assert status.label == "solved" and status.last_verdict == "AC"
        attempts = store.attempts("max-subarray")
        assert [a.verdict for a in attempts] == ["WA", "AC"]
        assert attempts[0].tiers[0]["name"] == "examples"


def test_quick_ac_is_not_solved(tmp_path):
    solution = tmp_path / "x.py"
    solution.write_text("pass\n")
    with Store(tmp_path / "state") as store:
        store.record_check(result(Verdict.AC, quick=True), solution)
        assert store.statuses()["max-subarray"].label == "attempted"


def test_corrupt_database_is_refused_and_kept(tmp_path):
    folder = tmp_path / "state"
    folder.mkdir()
    (folder / "judge.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StateError, match="not usable"):
        Store(folder)
    assert (folder / "judge.db").read_bytes().startswith(b"this is not sqlite")


def test_foreign_database_is_refused(tmp_path):
    folder = tmp_path / "state"
    folder.mkdir()
    db = sqlite3.connect(folder / "judge.db")
    db.execute("CREATE TABLE mine (x)")
    db.commit()
    db.close()
    with pytest.raises(StateError, match="not a judge database"):
        Store(folder)


def test_interrupted_write_leaves_no_half_record(tmp_path):
    solution = tmp_path / "x.py"
    solution.write_text("pass\n")
    with Store(tmp_path / "state") as store:
        with pytest.raises(KeyboardInterrupt), store.transaction() as db:
            db.execute(
                "INSERT INTO attempts (challenge, file, file_sha256, verdict, score, accepted,"
                " quick, seconds, created, tiers_json) VALUES ('c','f','h','AC',1,1,0,0,0,'[]')"
            )
            raise KeyboardInterrupt
        assert store.attempts() == []


def test_an_attempt_and_its_round_link_are_written_together_or_not_at_all(tmp_path):
    solution = tmp_path / "x.py"
    solution.write_text("pass\n")
    result = CheckResult(
        "max-subarray", str(solution), [TierResult("examples", "E", True, Verdict.AC)]
    )
    broken_link = RoundLink(None, late=False, final=False, handed_in=0.0)  # NOT NULL fails
    with Store(tmp_path / "state") as db:
        with pytest.raises(StateError, match="could not be recorded"):
            db.record_check(result, solution, broken_link)
        assert db.attempts() == [] and db.round_links() == {}


def test_a_database_from_before_rounds_gains_them_and_keeps_its_history(isolated_workspace):
    state = isolated_workspace / ".judge"
    state.mkdir()
    old = sqlite3.connect(state / "judge.db")
    old.executescript(
        f"PRAGMA application_id = {Store.APPLICATION_ID}; PRAGMA user_version = 1;"
        "CREATE TABLE attempts (id INTEGER PRIMARY KEY, challenge TEXT NOT NULL, file TEXT NOT"
        " NULL, file_sha256 TEXT NOT NULL, verdict TEXT NOT NULL, score INTEGER NOT NULL,"
        " accepted INTEGER NOT NULL, quick INTEGER NOT NULL, seconds REAL NOT NULL,"
        " created REAL NOT NULL, tiers_json TEXT NOT NULL);"
        "INSERT INTO attempts VALUES (1, 'max-subarray', 'old.py', 'h', 'WA', 0, 0, 1, 0.2,"
        " 1700000000, '[]');"
    )
    old.close()
    assert run("round", "start", "max-subarray").exit_code == 0
    history = run("history").output.splitlines()
    assert len(history) == 3 and history[1].split()[2:5] == ["max-subarray", "WA*", "0"]


def test_a_database_from_a_newer_judge_is_refused(tmp_path):
    folder = tmp_path / "state"
    Store(folder).close()
    db = sqlite3.connect(folder / "judge.db")
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    with pytest.raises(StateError, match="written by a newer version of judge"):
        Store(folder)


def test_hints_are_counted_once_each_and_reveals_every_time(tmp_path):
    with Store(tmp_path / "state") as store:
        store.record_hint("max-subarray", 0)
        store.record_hint("max-subarray", 0)
        store.record_hint("max-subarray", 1)
        store.record_reveal("max-subarray")
        store.record_reveal("max-subarray")
        assert store.hints_used("max-subarray") == 2 and store.reveals("max-subarray") == 2
        assert store.hints_used("zero-sum-pair") == store.reveals("zero-sum-pair") == 0


def test_a_round_and_its_links_read_back(tmp_path):
    solution = tmp_path / "x.py"
    solution.write_text("pass\n")
    with Store(tmp_path / "state") as store:
        made = store.create_round(
            "whiteboard", 7, True, 100.0, 2800.0, ["b-slug", "a-slug"], lambda id: f"rounds/{id}"
        )
        assert made == store.running_round() == store.round(made.id)
        assert (made.mode, made.seed, made.quick, made.folder) == (
            "whiteboard",
            7,
            True,
            "rounds/1",
        )
        assert made.challenges == ("b-slug", "a-slug") and made.ended is made.outcome is None
        link = RoundLink(made.id, late=True, final=True, handed_in=2900.0)
        store.close_round(made.id, "expired", 3000.0, [(result(Verdict.AC), solution, link)])
        assert store.running_round() is None and store.round(made.id).outcome == "expired"
        (attempt,) = store.attempts()
        assert store.round_links(made.id) == {attempt.id: link}
        assert store.round_links(made.id + 1) == {}
        with pytest.raises(StateError, match="already closed"):
            store.close_round(made.id, "ended", 3001.0, [])
