"""Finding people's files: both layouts, and every way a folder can hold something that is
not a gradable file (each a row or a message, never an exception)."""

from __future__ import annotations

import hashlib
import os

from judge.challenge import catalog
from judge.cohort.discover import discover
from judge.practice import workspace

from ..conftest import CHALLENGES

MS_REFERENCE = CHALLENGES / "max_subarray" / "reference.py"


def test_one_folder_per_person(tmp_path):
    root = tmp_path / "cohort"
    (root / "alice").mkdir(parents=True)
    (root / "alice" / "max_subarray.py").write_bytes(MS_REFERENCE.read_bytes())
    (root / "alice" / "zero_sum_pair.py").write_text("def has_zero_sum_pair(nums):\n  return 0\n")
    (root / "alice" / "notes.txt").write_text("ignored beside recognisable files")
    (root / "bob").mkdir()
    (root / "bob" / "maxsub.py").write_text("x = 1\n")
    (root / "carol").mkdir()
    (root / ".git").mkdir()  # hidden: skipped without a word
    (root / "__pycache__").mkdir()
    (root / "stray.py").write_text("x = 1\n")
    cohort = discover(root, catalog.all_challenges())
    rows = {(e.person, e.challenge): e for e in cohort.entries}
    assert sorted(rows) == [
        ("alice", "max-subarray"),
        ("alice", "zero-sum-pair"),
        ("bob", ""),
        ("carol", ""),
    ]
    alice = rows["alice", "max-subarray"]
    assert alice.file == "alice/max_subarray.py" and alice.note is None
    assert alice.sha256 == hashlib.sha256(MS_REFERENCE.read_bytes()).hexdigest()
    assert alice.source == MS_REFERENCE.read_bytes()
    assert rows["bob", ""].note.startswith("no file named as in solutions/ (")
    assert rows["bob", ""].note.endswith("; it holds maxsub.py")
    assert rows["carol", ""].note.endswith("; it is empty")
    assert [e.person for e in cohort.gradable] == ["alice", "alice"]
    assert cohort.messages == [
        "stray.py is a file, not a person's folder; it was skipped (one file per person "
        "needs --challenge SLUG)."
    ]


def test_one_file_per_person_with_a_challenge(tmp_path):
    root = tmp_path / "cohort"
    root.mkdir()
    challenge = catalog.find_challenge("max-subarray")
    (root / "alice.py").write_bytes(MS_REFERENCE.read_bytes())
    (root / "bob").mkdir()
    (root / "bob" / "max_subarray.py").write_text("def max_subarray_sum(nums):\n  return 0\n")
    (root / "alice").mkdir()  # alice again, as a folder: her file wins
    (root / "alice" / "max_subarray.py").write_text("x = 1\n")
    (root / "readme.md").write_text("not a submission")
    cohort = discover(root, catalog.all_challenges(), only=challenge)
    assert [(e.person, e.file, e.note) for e in cohort.entries] == [
        ("alice", "alice.py", None),
        ("bob", "bob/max_subarray.py", None),
    ]
    assert cohort.messages == [  # files first, then folders
        "readme.md is not a Python file; it was skipped.",
        "alice/max_subarray.py was not graded: alice already has alice.py for max-subarray.",
    ]


def test_links_fifos_stubs_and_huge_files_are_rows_with_a_note(tmp_path):
    root = tmp_path / "cohort"
    secret = tmp_path / "teachers-secret.txt"
    secret.write_text("the answers")
    person = root / "eve"
    person.mkdir(parents=True)
    (person / "max_subarray.py").symlink_to(secret)  # would hand the secret to grading
    os.mkfifo(person / "zero_sum_pair.py")  # reading it would hang the run
    stub = workspace.render_stub(catalog.find_challenge("is-palindrome"))
    (person / "is_palindrome.py").write_text(stub, encoding="utf-8")
    with open(person / "missing_element.py", "wb") as handle:
        handle.truncate(17 * 1024 * 1024)
    (root / "mallory").symlink_to(person, target_is_directory=True)
    cohort = discover(root, catalog.all_challenges())
    notes = {e.challenge: e.note for e in cohort.entries}
    assert notes == {
        "is-palindrome": "not started: the untouched stub",
        "max-subarray": "a symbolic link, not followed; hand in the file itself",
        "missing-element": "too large to be a solution (17,825,792 bytes)",
        "zero-sum-pair": "not a regular file",
    }
    assert all(e.source is None for e in cohort.entries)
    assert cohort.messages == ["mallory is a symbolic link; it was not followed."]


def test_the_output_folder_inside_the_cohort_is_not_a_person(tmp_path):
    root = tmp_path / "cohort"
    (root / "alice").mkdir(parents=True)
    (root / "alice" / "max_subarray.py").write_bytes(MS_REFERENCE.read_bytes())
    (root / "grades").mkdir()
    cohort = discover(root, catalog.all_challenges(), out=root / "grades")
    assert [e.person for e in cohort.entries] == ["alice"] and cohort.messages == []


def test_a_folder_that_cannot_be_listed_is_a_message(tmp_path):
    cohort = discover(tmp_path / "nowhere", catalog.all_challenges())
    assert cohort.entries == []
    nowhere = tmp_path / "nowhere"
    assert cohort.messages == [f"{nowhere} cannot be listed (No such file or directory)."]
