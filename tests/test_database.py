"""judge.database: a SQLite file is made ours, a file that is not ours is refused and left as
it is, and a transaction is all or nothing."""

from __future__ import annotations

import sqlite3

import pytest

from judge.database import Database, identity
from judge.errors import StateError


class Notes(Database):
    APPLICATION_ID = 0x4E4F5445
    SCHEMA_VERSION = 2
    SCHEMA = "CREATE TABLE IF NOT EXISTS notes (text TEXT); CREATE TABLE IF NOT EXISTS tags (t)"
    NOT_OURS = "it is not a notes file"

    def __init__(self, path):
        super().__init__(path, "The notes file", "Move it away.")


def test_a_new_file_is_stamped_and_gets_every_table(tmp_path):
    with Notes(tmp_path / "deep" / "notes.db") as notes:
        assert identity(notes.db) == (0x4E4F5445, 2, 2)
    with Notes(tmp_path / "deep" / "notes.db") as again:  # opening it again changes nothing
        assert identity(again.db) == (0x4E4F5445, 2, 2)


def test_a_foreign_database_is_refused_and_left_as_it_is(tmp_path):
    path = tmp_path / "notes.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE theirs (x)")
    other.commit()
    other.close()
    before = path.read_bytes()
    with pytest.raises(StateError) as refused:
        Notes(path)
    assert str(refused.value) == (
        f"The notes file {path} is not usable (it is not a notes file); it was left as it is. "
        "Move it away."
    )
    assert path.read_bytes() == before


def test_a_file_of_a_newer_judge_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    Notes(path).close()
    newer = sqlite3.connect(path)
    newer.execute("PRAGMA user_version = 3")
    newer.close()
    with pytest.raises(StateError, match="written by a newer version of judge"):
        Notes(path)


def test_a_file_that_is_not_sqlite_is_refused_and_kept(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"my thesis, not a database\n" * 100)
    with pytest.raises(StateError, match=r"is not usable .*it was left as it is"):
        Notes(path)
    assert path.read_bytes() == b"my thesis, not a database\n" * 100


def test_a_folder_that_cannot_be_made_is_one_sentence(tmp_path):
    (tmp_path / "file").write_text("")
    with pytest.raises(StateError, match=r"^The folder .*file cannot be used: "):
        Notes(tmp_path / "file" / "notes.db")


def test_a_transaction_is_all_or_nothing(tmp_path):
    with Notes(tmp_path / "notes.db") as notes:
        with notes.transaction() as db:
            db.execute("INSERT INTO notes VALUES ('kept')")
        with pytest.raises(KeyboardInterrupt), notes.transaction() as db:
            db.execute("INSERT INTO notes VALUES ('lost')")
            raise KeyboardInterrupt  # Ctrl-C halfway
        assert not notes.db.in_transaction
        assert notes.db.execute("SELECT text FROM notes").fetchall() == [("kept",)]
