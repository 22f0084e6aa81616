"""Progress that outlives a terminal: every graded attempt, in SQLite under the state folder.

One database file (`judge.db` in `.judge/` or $JUDGE_STATE_DIR), stamped with our own
`application_id` so that a foreign or corrupt file is refused with a clear error and never
silently replaced. Every write is one transaction: Ctrl-C or a crash mid-write leaves the
previous state, never half a record. Two checks at once in one workspace wait for each other
(busy timeout) instead of failing. This module knows nothing of click or of grading.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from judge.errors import StateError
from judge.verdicts import CheckResult, to_json

APPLICATION_ID = 0x4A554447  # "JUDG"
SCHEMA_VERSION = 1
# Every statement is idempotent and runs on each open: a new table added here appears in
# existing databases without a migration. Changing an existing table needs SCHEMA_VERSION.
SCHEMA = """
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY,
    challenge TEXT NOT NULL,
    file TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    verdict TEXT NOT NULL,
    score INTEGER NOT NULL,
    accepted INTEGER NOT NULL,
    quick INTEGER NOT NULL,
    seconds REAL NOT NULL,
    created REAL NOT NULL,
    tiers_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS attempts_by_challenge ON attempts (challenge, created);
"""


@dataclass(frozen=True)
class Attempt:
    id: int
    challenge: str
    file: str
    file_sha256: str
    verdict: str
    score: int
    accepted: bool
    quick: bool
    seconds: float
    created: float
    tiers: list[dict]


@dataclass(frozen=True)
class Status:
    """A challenge as `judge list` shows it."""

    attempts: int
    best_score: int
    solved: bool
    last_verdict: str | None

    @property
    def label(self) -> str:
        if self.solved:
            return "solved"
        return "attempted" if self.attempts else "not started"


NOT_STARTED = Status(attempts=0, best_score=0, solved=False, last_verdict=None)


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Store:
    def __init__(self, folder: Path) -> None:
        self.path = folder / "judge.db"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self._prepare()
        except sqlite3.OperationalError as exc:  # locked, read-only, disk full: not corrupt
            raise StateError(f"The state database {self.path} cannot be used: {exc}.") from None
        except sqlite3.DatabaseError as exc:
            raise StateError(
                f"The state database {self.path} is not usable ({exc}); it was left as it is. "
                "Move it away (or set JUDGE_STATE_DIR) to start a fresh history."
            ) from None
        except OSError as exc:
            raise StateError(f"The state folder {folder} cannot be used: {exc.strerror}.") from None

    def _prepare(self) -> None:
        (app_id,) = self.db.execute("PRAGMA application_id").fetchone()
        (version,) = self.db.execute("PRAGMA user_version").fetchone()
        tables = self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id == 0 and tables == 0:  # a new, empty database: make it ours
            with self.transaction():
                self.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        elif app_id != APPLICATION_ID:
            raise sqlite3.DatabaseError("it is not a judge database")
        elif version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError("it was written by a newer version of judge")
        with self.transaction():
            for statement in SCHEMA.split(";"):  # executescript() would COMMIT early
                if statement.strip():
                    self.db.execute(statement)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (Ctrl-C included)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def record_check(self, result: CheckResult, file: Path) -> int:
        data = to_json(result)
        try:
            with self.transaction() as db:
                cursor = db.execute(
                    "INSERT INTO attempts (challenge, file, file_sha256, verdict, score, accepted,"
                    " quick, seconds, created, tiers_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        result.challenge,
                        str(file),
                        file_sha256(file),
                        data["verdict"],
                        data["score"],
                        int(data["accepted"]),
                        int(result.quick),
                        result.seconds,
                        time.time(),
                        json.dumps(data["tiers"]),
                    ),
                )
                return cursor.lastrowid
        except sqlite3.Error as exc:  # read-only folder, full disk, locked for too long
            raise StateError(f"The check could not be recorded in {self.path}: {exc}.") from None

    def attempts(self, challenge: str | None = None) -> list[Attempt]:
        query = "SELECT * FROM attempts"
        params: tuple = ()
        if challenge:
            query, params = query + " WHERE challenge = ?", (challenge,)
        rows = self.db.execute(query + " ORDER BY created, id", params).fetchall()
        return [
            Attempt(*row[:6], bool(row[6]), bool(row[7]), row[8], row[9], json.loads(row[10]))
            for row in rows
        ]

    def statuses(self) -> dict[str, Status]:
        """Per challenge: attempts, best score, solved (a full, non-quick AC), last verdict."""
        rows = self.db.execute(
            "SELECT challenge, count(*), max(score), max(accepted AND NOT quick),"
            " (SELECT verdict FROM attempts AS last WHERE last.challenge = a.challenge"
            "  ORDER BY created DESC, id DESC LIMIT 1)"
            " FROM attempts AS a GROUP BY challenge"
        ).fetchall()
        return {row[0]: Status(row[1], row[2], bool(row[3]), row[4]) for row in rows}
