import sqlite3

import pytest

from judge.errors import StateError
from judge.grading.results import CheckResult, TierResult
from judge.practice.store import Store
from judge.verdicts import Verdict


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
