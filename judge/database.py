"""A SQLite file of ours: opened, recognised, created, written in whole transactions.

Both files the judge keeps (the learner's history and a cohort run's state) are SQLite
files stamped with an `application_id` of their own, so that a foreign or corrupt file is
refused with one clear sentence and never silently replaced, and a file from a newer judge
is refused rather than misread. Every write is one `BEGIN IMMEDIATE ... COMMIT`, rolled back
on any exception (Ctrl-C included), so a crash leaves the previous state, never half a
record. This module knows what makes a file ours; it never knows what the tables mean.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ClassVar, Self

from judge.errors import StateError


def identity(db: sqlite3.Connection) -> tuple[int, int, int]:
    """A file's application id and schema version, and how many objects it holds (0: new)."""
    (app_id,) = db.execute("PRAGMA application_id").fetchone()
    (version,) = db.execute("PRAGMA user_version").fetchone()
    (tables,) = db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return app_id, version, tables


class Database:
    """One SQLite file of a kind: a subclass names the kind's id, version and tables.

    `SCHEMA` is idempotent statements (`CREATE TABLE IF NOT EXISTS ...`) run on each open, so
    a table added to it appears in an existing file without a migration; changing an
    existing table needs a new `SCHEMA_VERSION`.
    """

    APPLICATION_ID: ClassVar[int]
    SCHEMA_VERSION: ClassVar[int]
    SCHEMA: ClassVar[str]
    NOT_OURS: ClassVar[str]  # why a file with another id is refused: "it is not a ..."

    def __init__(self, path: Path, what: str, fix: str) -> None:
        """Connect (autocommit: transactions are explicit) and make sure the file is ours,
        turning what SQLite or the file system raise into one sentence: `what` names the
        file ("The state database"), `fix` says what the user can do about one that is not
        ours. The file is never replaced."""
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self._prepare()
        except sqlite3.OperationalError as exc:  # locked, read-only, disk full: not corrupt
            raise StateError(f"{what} {path} cannot be used: {exc}.") from None
        except sqlite3.DatabaseError as exc:
            raise StateError(
                f"{what} {path} is not usable ({exc}); it was left as it is. {fix}"
            ) from None
        except OSError as exc:
            raise StateError(f"The folder {path.parent} cannot be used: {exc.strerror}.") from None

    def _prepare(self) -> None:
        app_id, version, tables = identity(self.db)
        if app_id == 0 and tables == 0:  # a new, empty file: make it ours
            with self.transaction() as db:
                db.execute(f"PRAGMA application_id = {self.APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {self.SCHEMA_VERSION}")
        elif app_id != self.APPLICATION_ID:
            raise sqlite3.DatabaseError(self.NOT_OURS)
        elif version > self.SCHEMA_VERSION:
            raise sqlite3.DatabaseError("it was written by a newer version of judge")
        with self.transaction() as db:
            for statement in self.SCHEMA.split(";"):  # executescript() would COMMIT early
                if statement.strip():
                    db.execute(statement)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (Ctrl-C included)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:  # also when COMMIT itself failed (a full disk)
                self.db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
