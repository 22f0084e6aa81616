"""`judge grade` end to end through click's CliRunner, on a small cohort: what it prints, the
gradebook it writes, a rerun that grades only what changed, and its errors."""

from __future__ import annotations

import json
import re
import shutil

from judge.challenge import catalog
from judge.cohort import run as cohort_run
from judge.cohort.state import RunState
from judge.practice import workspace

from .cohort.cohortkit import gradebook, results, run
from .conftest import CHALLENGES

MS = CHALLENGES / "max_subarray"
MS_WRONG = MS / "samples" / "wrong_answer" / "zero_floor.py"
ZSP_WRONG = CHALLENGES / "zero_sum_pair" / "samples" / "wrong_answer" / "adjacent_only.py"


def test_grade_a_cohort_then_only_what_changed(tmp_path):
    cohort, out = tmp_path / "cohort", tmp_path / "grades"
    for person in ("alice", "bob", "carol", "dave"):
        (cohort / person).mkdir(parents=True)
    shutil.copyfile(MS / "reference.py", cohort / "alice" / "max_subarray.py")
    shutil.copyfile(ZSP_WRONG, cohort / "alice" / "zero_sum_pair.py")
    shutil.copyfile(MS_WRONG, cohort / "bob" / "max_subarray.py")
    stub = workspace.render_stub(catalog.find_challenge("is-palindrome"))
    (cohort / "dave" / "is_palindrome.py").write_text(stub, encoding="utf-8")
    (cohort / "stray.py").write_text("x = 1\n")

    first = run("grade", cohort, "--quick", "-o", out, "--jobs", "2")
    assert first.exit_code == 0, first.output
    lines = first.output.splitlines()
    assert re.fullmatch(
        r"Graded 3 files in \d+\.\d s on 2 Dask workers\.  \(--quick: speed not graded\)", lines[0]
    )
    assert re.match(r"  max-subarray\s+2 graded  AC 1  WA 1  median score 30", lines[2])
    assert "Note: stray.py is a file, not a person's folder; it was skipped" in first.output
    assert "  carol/: no file named as in solutions/ (" in first.output
    assert "  dave/is_palindrome.py: not started: the untouched stub" in first.output
    assert lines[-1] == (
        f"Wrote {out / 'gradebook.csv'}, {out / 'results.jsonl'}, {out / 'report.html'}."
    )
    book = {(row["person"], row["challenge"]): row for row in gradebook(out)}
    assert sorted(book) == [
        ("alice", "max-subarray"), ("alice", "zero-sum-pair"), ("bob", "max-subarray"),
        ("carol", ""), ("dave", "is-palindrome"),
    ]  # fmt: skip
    assert [book[k]["verdict"] for k in sorted(book)] == ["AC", "WA", "WA", "", ""]
    assert len(results(out)) == 3
    assert (out / "files" / "alice" / "zero_sum_pair.html").is_file()

    again = run("grade", cohort, "--quick", "-o", out)
    assert again.exit_code == 0, again.output
    assert again.output.startswith(
        "Nothing new to grade; 3 unchanged since an earlier run (kept).  (--quick"
    )
    assert gradebook(out) == list(book.values())

    shutil.copyfile(MS / "reference.py", cohort / "bob" / "max_subarray.py")  # bob fixed it
    third = run("grade", cohort, "--quick", "-o", out, "--jobs", "1")
    assert third.exit_code == 0, third.output
    assert re.match(
        r"Graded 1 file in \d+\.\d s on 1 Dask worker; 2 unchanged since an earlier run \(kept\)\.",
        third.output,
    )
    book = {(row["person"], row["challenge"]): row for row in gradebook(out)}
    assert book["bob", "max-subarray"]["verdict"] == "AC"
    assert book["bob", "max-subarray"]["sha256"] == book["alice", "max-subarray"]["sha256"]
    with RunState(out) as state:
        assert state.count() == 3


def test_one_file_per_person_and_gradescope(tmp_path):
    cohort, out = tmp_path / "cohort", tmp_path / "out"
    cohort.mkdir()
    shutil.copyfile(MS / "reference.py", cohort / "ann.py")
    shutil.copyfile(MS_WRONG, cohort / "ben.py")
    result = run(
        "grade", cohort, "--challenge", "max_subarray", "--quick", "-o", out,
        "--format", "gradescope", "--jobs", "1",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].endswith(f", {out / 'gradescope'}.")
    ann = json.loads((out / "gradescope" / "ann" / "max_subarray" / "results.json").read_text())
    assert ann["score"] == 60 and [t["status"] for t in ann["tests"]] == [
        "passed", "passed", "failed",
    ]  # fmt: skip
    assert ann["output"].startswith("max-subarray  (ann.py)")  # the file's terminal report
    ben = json.loads((out / "gradescope" / "ben" / "results.json").read_text())
    assert ben["score"] == 0 and ben["tests"][0]["name"] == "max-subarray: Examples"


def test_what_stops_a_run_is_one_sentence(tmp_path, monkeypatch):
    missing = run("grade", tmp_path / "nowhere")
    assert missing.exit_code == 2
    assert missing.output == f"Error: {tmp_path / 'nowhere'} is not a folder of people's files.\n"
    unknown = run("grade", tmp_path, "--challenge", "max-subarry")
    assert unknown.exit_code == 2
    assert unknown.output == (
        "Error: There is no challenge called 'max-subarry'. Did you mean max-subarray?\n"
    )
    both = run("grade", tmp_path, "--jobs", "2", "--cluster", "tcp://127.0.0.1:1")
    assert both.exit_code == 2
    assert both.output == (
        "Error: --jobs sets the local workers; with --cluster the scheduler's grade.\n"
    )
    (tmp_path / "alice").mkdir()
    shutil.copyfile(MS / "reference.py", tmp_path / "alice" / "max_subarray.py")
    monkeypatch.setattr(cohort_run, "SCHEDULER_TIMEOUT", 1)
    nobody = run("grade", tmp_path, "--cluster", "tcp://127.0.0.1:9", "-o", tmp_path / "o")
    assert nobody.exit_code == 2
    assert nobody.output.startswith("Error: Cannot reach the Dask scheduler at tcp://127.0.0.1:9:")
    assert "Traceback" not in nobody.output and nobody.output.count("\n") == 1
