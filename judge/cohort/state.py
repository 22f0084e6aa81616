"""The state of a cohort run: every graded file, in SQLite in the output folder.

One row per person and challenge: the file's SHA-256, whether it was a `--quick` grading,
the stamp of the challenge package it was graded with, and its `--json` result. The client
writes a row the moment a result arrives, in a transaction of its own, so Ctrl-C or a crash
loses nothing already graded; a later run finds the row and grades the file again only when
its bytes, the mode or the package changed. The file is stamped with its own
`application_id`, so a foreign or corrupt file is refused with a clear error and never
replaced. This module knows nothing of Dask, of click or of rendering.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.database import Database
from judge.errors import StateError

FILENAME = "state.sqlite"


@dataclass(frozen=True)
class Graded:
    person: str
    challenge: str
    file: str
    sha256: str
    quick: bool
    package: str
    result: dict[str, Any]
    worker: str
    seconds: float


class RunState(Database):
    """The graded files of one output folder, by person and challenge: what a run that is
    started again reads to grade only what is new or changed."""

    APPLICATION_ID = 0x4A434F48  # "JCOH"
    SCHEMA_VERSION = 1
    SCHEMA = """
    CREATE TABLE IF NOT EXISTS graded (
        person TEXT NOT NULL,
        challenge TEXT NOT NULL,
        file TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        quick INTEGER NOT NULL,
        package TEXT NOT NULL,
        result TEXT NOT NULL,
        worker TEXT NOT NULL,
        seconds REAL NOT NULL,
        PRIMARY KEY (person, challenge)
    )
    """
    NOT_OURS = "it is not the state of a judge grade run"

    def __init__(self, out: Path) -> None:
        fix = "Move it away, or write to another folder with -o."
        super().__init__(out / FILENAME, "The run's state", fix)

    def all(self) -> dict[tuple[str, str], Graded]:
        rows = self.db.execute(
            "SELECT person, challenge, file, sha256, quick, package, result, worker, seconds "
            "FROM graded"
        ).fetchall()
        return {
            (row[0], row[1]): Graded(
                row[0],
                row[1],
                row[2],
                row[3],
                bool(row[4]),
                row[5],
                json.loads(row[6]),
                row[7],
                row[8],
            )
            for row in rows
        }

    def record(self, graded: Graded) -> None:
        """One file's result, replacing any older one for that person and challenge."""
        row = (
            graded.person,
            graded.challenge,
            graded.file,
            graded.sha256,
            int(graded.quick),
            graded.package,
            json.dumps(graded.result, ensure_ascii=True),
            graded.worker,
            graded.seconds,
        )
        try:
            with self.transaction() as db:
                db.execute("INSERT OR REPLACE INTO graded VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
        except sqlite3.Error as exc:  # a full disk, a folder made read-only
            raise StateError(f"A result could not be kept in {self.path}: {exc}.") from None

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM graded").fetchone()[0]
