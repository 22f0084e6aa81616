"""The run's state and its data outputs, from real check results and no Dask: the SQLite
state (kept, replaced, refused when foreign), the gradebook's columns, results.jsonl and
Gradescope's results.json."""

from __future__ import annotations

import json
import sqlite3

import pytest

from judge.challenge import catalog
from judge.cohort import gradebook, gradescope
from judge.cohort.run import Outcome, Row
from judge.cohort.state import Graded, RunState
from judge.errors import StateError
from judge.grading.check import check
from judge.grading.results import to_json
from judge.practice import workspace

from ..conftest import CHALLENGES

MS = CHALLENGES / "max_subarray"
QUADRATIC = MS / "samples" / "time_limit" / "quadratic.py"
WRONG = MS / "samples" / "wrong_answer" / "zero_floor.py"
LLC_REFERENCE = CHALLENGES / "linked_list_cycle" / "reference.py"


def graded(person: str, path, slug: str = "max-subarray", quick: bool = False) -> Row:
    result = to_json(check(catalog.find_challenge(slug), path, workspace.grading_folders(), quick))
    result["file"] = f"{person}/{path.name}"
    return Row(person, slug, result["file"], "ab" * 32, result, worker="here", fresh=True)


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return [
        graded("=cmd|' /C calc'!A0", QUADRATIC),  # a formula, if a spreadsheet believed it
        graded("bob", WRONG),
        graded("carol", LLC_REFERENCE, "linked-list-cycle", quick=True),
        Row("dave", "", "dave/", note="no file named as in solutions/; it is empty"),
        Row("erin", "max-subarray", "erin/max_subarray.py", note="not started: the untouched stub"),
    ]


def outcome(tmp_path, rows) -> Outcome:
    return Outcome(tmp_path / "cohort", tmp_path / "grades", rows)


def test_state_keeps_one_row_per_person_and_challenge(tmp_path):
    with RunState(tmp_path) as state:
        first = Graded("alice", "max-subarray", "alice/max_subarray.py", "a" * 64, False,
                       "p" * 64, {"verdict": "WA"}, "worker 1", 1.5)  # fmt: skip
        state.record(first)
        state.record(Graded(**{**first.__dict__, "sha256": "b" * 64, "result": {"verdict": "AC"}}))
        state.record(Graded(**{**first.__dict__, "challenge": "zero-sum-pair"}))
    with RunState(tmp_path) as state:  # reopened: what was recorded is there
        kept = state.all()
    assert len(kept) == 2
    assert kept["alice", "max-subarray"].sha256 == "b" * 64
    assert kept["alice", "max-subarray"].result == {"verdict": "AC"}
    assert kept["alice", "zero-sum-pair"] == Graded(
        **{**first.__dict__, "challenge": "zero-sum-pair"}
    )


def test_a_foreign_or_corrupt_state_is_refused_and_left_alone(tmp_path):
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    sqlite3.connect(foreign / "state.sqlite").execute("CREATE TABLE x (y)").connection.commit()
    with pytest.raises(StateError, match=r"is not usable \(it is not the state of a judge grade"):
        RunState(foreign)
    corrupt = tmp_path / "corrupt"
    corrupt.mkdir()
    (corrupt / "state.sqlite").write_bytes(b"not a database at all" * 100)
    with pytest.raises(StateError, match="it was left as it is"):
        RunState(corrupt)
    assert (corrupt / "state.sqlite").read_bytes() == b"not a database at all" * 100


def test_the_gradebook_has_every_column_and_no_formula(tmp_path, rows):
    done = outcome(tmp_path, rows)
    paths = gradebook.write(done)
    assert [p.name for p in paths] == ["gradebook.csv", "results.jsonl"]
    lines = (done.out / "gradebook.csv").read_text().splitlines()
    assert lines[0] == (
        "person,challenge,file,verdict,score,examples,properties,performance,memory,growth,"
        "reference_growth,seconds,sha256,note"
    )
    book = {row["person"]: row for row in __import__("csv").DictReader(lines)}
    slow = book["'=cmd|' /C calc'!A0"]  # quoted, so a spreadsheet shows it as text
    assert slow["file"].startswith("'=cmd")
    tle = rows[0].result
    assert (slow["verdict"], slow["score"]) == ("TLE", str(tle["score"]))
    assert (slow["examples"], slow["properties"], slow["performance"]) == ("AC", "AC", "TLE")
    assert slow["memory"] == ""  # max-subarray has no memory tier
    assert slow["growth"] == tle["tiers"][2]["growth"]["submission"]
    assert slow["reference_growth"] == tle["tiers"][2]["growth"]["reference"]
    assert slow["seconds"] == f"{tle['seconds']:.2f}" and slow["sha256"] == "ab" * 32
    wrong = book["bob"]
    assert (wrong["verdict"], wrong["examples"], wrong["properties"], wrong["performance"]) == (
        "WA", "WA", "-", "-",
    )  # fmt: skip
    # linked-list-cycle: a stretch memory tier, listed under memory (not run with --quick).
    assert book["carol"]["memory"] == "-" and book["carol"]["performance"] == "-"
    assert book["carol"]["verdict"] == "AC" and book["carol"]["score"] == "60"
    assert book["dave"]["challenge"] == "" and book["dave"]["verdict"] == ""
    assert book["dave"]["note"].startswith("no file named")
    assert book["erin"]["note"] == "not started: the untouched stub"
    # results.jsonl: one --json object per graded file, with the person and hash.
    objects = [json.loads(line) for line in (done.out / "results.jsonl").read_text().splitlines()]
    assert [o["person"] for o in objects] == ["=cmd|' /C calc'!A0", "bob", "carol"]
    assert objects[1] == {**rows[1].result, "person": "bob", "sha256": "ab" * 32}


def test_gradescope_results_per_file_and_per_person(tmp_path, rows):
    done = outcome(tmp_path, rows)
    reports = {row.key: f"report of {row.person}" for row in rows if row.result}
    gradescope.write(done, reports)
    folder = done.out / "gradescope"
    data = json.loads((folder / "bob" / "max_subarray" / "results.json").read_text())
    assert data["score"] == rows[1].result["score"] == 0
    assert data["output"] == "report of bob" and data["visibility"] == "visible"
    assert [t["name"] for t in data["tests"]] == ["Examples", "Properties", "Performance"]
    assert [t["max_score"] for t in data["tests"]] == [20, 40, 40]
    assert [t["status"] for t in data["tests"]] == ["failed", "failed", "failed"]
    assert data["tests"][0]["output"].startswith("WA: ")
    assert data["tests"][1]["output"] == "not run"
    # The slow one: its tests add up to its score (partial credit for speed).
    slow = rows[0]
    path = done.out / "gradescope" / slow.person / "max_subarray" / "results.json"
    data = json.loads(path.read_text())
    assert data["score"] == slow.result["score"]
    assert abs(sum(t["score"] for t in data["tests"]) - data["score"]) <= 0.5
    assert [t["status"] for t in data["tests"]] == ["passed", "passed", "failed"]
    # A stretch tier is shown, worth nothing; a required memory tier would share speed's 40.
    carol = json.loads((folder / "carol" / "linked_list_cycle" / "results.json").read_text())
    assert [t["max_score"] for t in carol["tests"]] == [20, 40, 40, 0]
    assert carol["score"] == 60 and sum(t["score"] for t in carol["tests"]) == 60
    # Per person: every file's tests, prefixed; a row without a verdict scores 0.
    erin = json.loads((done.out / "gradescope" / "erin" / "results.json").read_text())
    assert erin["score"] == 0 and erin["tests"] == [
        {"name": "max-subarray", "score": 0.0, "max_score": 100.0,
         "status": "failed", "output": "not started: the untouched stub", "visibility": "visible"}
    ]  # fmt: skip
    dave = json.loads((done.out / "gradescope" / "dave" / "results.json").read_text())
    assert dave["tests"][0]["name"] == "files" and dave["tests"][0]["output"].startswith("no file")


def test_gradescope_shares_follow_the_score_with_quick_and_memory_tiers():
    tiers = [
        {"name": "examples", "required": True},
        {"name": "properties", "required": True},
        {"name": "performance", "required": True},
        {"name": "memory", "required": True},
        {"name": "memory", "required": False},
    ]
    assert gradescope.tier_max_scores(tiers) == [20, 40, 20, 20, 0]
    assert gradescope.tier_max_scores(tiers[:2]) == pytest.approx([100 / 3, 200 / 3])
