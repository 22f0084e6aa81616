"""Progress that outlives a terminal: every graded attempt, in SQLite under the state folder.

One database file (`judge.db` in `.judge/` or $JUDGE_STATE_DIR), stamped with our own
`application_id` (judge.database) so that a foreign or corrupt file is refused with a clear
error and never silently replaced. Every write is one transaction: Ctrl-C or a crash
mid-write leaves the previous state, never half a record. Two checks at once in one
workspace wait for each other (busy timeout) instead of failing. This module knows nothing
of click or of grading.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from judge.database import Database
from judge.errors import StateError
from judge.grading.results import CheckResult, to_json
from judge.practice import clock
from judge.verdicts import Verdict

# Every statement is idempotent and runs on each open: a new table added here appears in
# existing databases without a migration. Changing an existing table needs a new version.
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
-- Rounds (practice.rounds). Times are wall-clock (clock.now()), so a round's clock survives a
-- closed terminal or a reboot. ended IS NULL while a round runs: the unique index allows one.
CREATE TABLE IF NOT EXISTS rounds (
    id INTEGER PRIMARY KEY,
    mode TEXT NOT NULL,
    seed INTEGER,
    quick INTEGER NOT NULL,
    folder TEXT NOT NULL,
    started REAL NOT NULL,
    deadline REAL NOT NULL,
    ended REAL,
    outcome TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS one_running_round ON rounds ((ended IS NULL))
    WHERE ended IS NULL;
CREATE TABLE IF NOT EXISTS round_problems (
    round_id INTEGER NOT NULL REFERENCES rounds (id),
    position INTEGER NOT NULL,
    challenge TEXT NOT NULL,
    PRIMARY KEY (round_id, position)
);
CREATE TABLE IF NOT EXISTS round_attempts (
    attempt_id INTEGER PRIMARY KEY REFERENCES attempts (id),
    round_id INTEGER NOT NULL REFERENCES rounds (id),
    late INTEGER NOT NULL,
    final INTEGER NOT NULL,
    handed_in REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS round_attempts_by_round ON round_attempts (round_id);
-- Learner's aids (practice.learner): each hint index once per challenge, each reveal.
CREATE TABLE IF NOT EXISTS hints_used (
    challenge TEXT NOT NULL,
    hint_index INTEGER NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (challenge, hint_index)
);
CREATE TABLE IF NOT EXISTS reveals (
    id INTEGER PRIMARY KEY,
    challenge TEXT NOT NULL,
    created REAL NOT NULL
);
-- Every showing of a hint, repeats included (hints_used keeps only the first of each), so
-- that the review schedule (practice.review) knows when help was used.
CREATE TABLE IF NOT EXISTS hint_views (
    id INTEGER PRIMARY KEY,
    challenge TEXT NOT NULL,
    hint_index INTEGER NOT NULL,
    created REAL NOT NULL
);
"""


@dataclass(frozen=True)
class Attempt:
    id: int
    challenge: str
    file: str
    file_sha256: str
    verdict: Verdict
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
    last_verdict: Verdict | None

    @property
    def label(self) -> str:
        if self.solved:
            return "solved"
        return "attempted" if self.attempts else "not started"


NOT_STARTED = Status(attempts=0, best_score=0, solved=False, last_verdict=None)


@dataclass(frozen=True)
class RoundLink:
    """How an attempt belongs to a round (practice.rounds decides the values)."""

    round_id: int
    late: bool  # handed in after the deadline: shown, never counted
    final: bool  # the grading at the round's end, not a check the user ran
    handed_in: float  # wall-clock time the work counts as handed in


@dataclass(frozen=True)
class RoundRecord:
    """One row of `rounds` with its challenges, in the order they were picked."""

    id: int
    mode: str
    seed: int | None
    quick: bool
    folder: str  # relative to the workspace
    started: float
    deadline: float
    ended: float | None
    outcome: str | None  # None while running; "ended", "expired" or "abandoned"
    challenges: tuple[str, ...]


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Store(Database):
    """The learner's history in one workspace: attempts, rounds, hint views and reveals."""

    APPLICATION_ID = 0x4A554447  # "JUDG"
    SCHEMA_VERSION = 1
    SCHEMA = SCHEMA
    NOT_OURS = "it is not a judge database"

    def __init__(self, folder: Path) -> None:
        fix = "Move it away (or set JUDGE_STATE_DIR) to start a fresh history."
        super().__init__(folder / "judge.db", "The state database", fix)

    def record_check(
        self, result: CheckResult, file: Path, round_link: RoundLink | None = None
    ) -> int:
        try:
            with self.transaction() as db:
                return self._insert_attempt(db, result, file, round_link)
        except sqlite3.Error as exc:  # read-only folder, full disk, locked for too long
            raise StateError(f"The check could not be recorded in {self.path}: {exc}.") from None

    def _insert_attempt(
        self, db: sqlite3.Connection, result: CheckResult, file: Path, link: RoundLink | None
    ) -> int:
        """Inside the caller's transaction: the attempt and its round link, or neither."""
        data = to_json(result)
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
                clock.now(),
                json.dumps(data["tiers"]),
            ),
        )
        if link is not None:
            db.execute(
                "INSERT INTO round_attempts (attempt_id, round_id, late, final, handed_in)"
                " VALUES (?, ?, ?, ?, ?)",
                (cursor.lastrowid, link.round_id, int(link.late), int(link.final), link.handed_in),
            )
        return cursor.lastrowid

    def attempts(self, challenge: str | None = None) -> list[Attempt]:
        query = "SELECT * FROM attempts"
        params: tuple = ()
        if challenge:
            query, params = query + " WHERE challenge = ?", (challenge,)
        rows = self.db.execute(query + " ORDER BY created, id", params).fetchall()
        return [
            Attempt(
                *row[:4],
                Verdict(row[4]),
                row[5],
                bool(row[6]),
                bool(row[7]),
                row[8],
                row[9],
                json.loads(row[10]),
            )
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
        return {
            row[0]: Status(row[1], row[2], bool(row[3]), Verdict(row[4]) if row[4] else None)
            for row in rows
        }

    # Rounds (practice.rounds decides; these only keep): rounds, their problems, their links.

    def create_round(
        self,
        mode: str,
        seed: int | None,
        quick: bool,
        started: float,
        deadline: float,
        challenges: list[str],
        make_folder: Callable[[int], str],
    ) -> RoundRecord:
        """Insert a running round. `make_folder(id)` writes the round's files before the
        commit and returns their folder, so a failure there leaves no round behind."""
        try:
            with self.transaction() as db:
                round_id = db.execute(
                    "INSERT INTO rounds (mode, seed, quick, folder, started, deadline)"
                    " VALUES (?, ?, ?, '', ?, ?)",
                    (mode, seed, int(quick), started, deadline),
                ).lastrowid
                db.executemany(
                    "INSERT INTO round_problems (round_id, position, challenge) VALUES (?, ?, ?)",
                    [(round_id, position, slug) for position, slug in enumerate(challenges)],
                )
                folder = make_folder(round_id)
                db.execute("UPDATE rounds SET folder = ? WHERE id = ?", (folder, round_id))
        except sqlite3.IntegrityError:  # the one-running-round index: a start raced ours
            raise StateError("Another round was started at the same moment.") from None
        except sqlite3.Error as exc:
            raise StateError(f"The round could not be saved in {self.path}: {exc}.") from None
        return self.round(round_id)

    def close_round(
        self,
        round_id: int,
        outcome: str,
        ended: float,
        finals: list[tuple[CheckResult, Path, RoundLink]],
    ) -> None:
        """Record the final gradings and close the round in one transaction: all or nothing."""
        try:
            with self.transaction() as db:
                for result, file, link in finals:
                    self._insert_attempt(db, result, file, link)
                closed = db.execute(
                    "UPDATE rounds SET ended = ?, outcome = ? WHERE id = ? AND ended IS NULL",
                    (ended, outcome, round_id),
                ).rowcount
                if not closed:  # another judge command closed it while we were grading
                    raise StateError(f"Round {round_id} was already closed by another command.")
        except sqlite3.Error as exc:
            raise StateError(f"The round could not be saved in {self.path}: {exc}.") from None

    def round(self, round_id: int) -> RoundRecord | None:
        row = self.db.execute("SELECT * FROM rounds WHERE id = ?", (round_id,)).fetchone()
        return self._round_record(row) if row else None

    def running_round(self) -> RoundRecord | None:
        """The round not closed yet (its time may be up: practice.rounds decides)."""
        row = self.db.execute("SELECT * FROM rounds WHERE ended IS NULL").fetchone()
        return self._round_record(row) if row else None

    def _round_record(self, row: tuple) -> RoundRecord:
        challenges = self.db.execute(
            "SELECT challenge FROM round_problems WHERE round_id = ? ORDER BY position", (row[0],)
        ).fetchall()
        return RoundRecord(
            row[0], row[1], row[2], bool(row[3]), *row[4:9], tuple(c for (c,) in challenges)
        )

    def round_links(self, round_id: int | None = None) -> dict[int, RoundLink]:
        """Attempt id -> its round link, for one round or for all."""
        query = "SELECT attempt_id, round_id, late, final, handed_in FROM round_attempts"
        params: tuple = ()
        if round_id is not None:
            query, params = query + " WHERE round_id = ?", (round_id,)
        return {
            row[0]: RoundLink(row[1], bool(row[2]), bool(row[3]), row[4])
            for row in self.db.execute(query, params)
        }

    # Learner's aids (practice.learner decides; these only keep): hints used, reveals.

    def record_hint(self, challenge: str, hint_index: int) -> None:
        """Remember that hint `hint_index` (0-based) was shown: counted once in hints_used,
        and every showing (repeats too) in hint_views, in one transaction."""
        now = clock.now()
        try:
            with self.transaction() as db:
                db.execute(
                    "INSERT OR IGNORE INTO hints_used (challenge, hint_index, created)"
                    " VALUES (?, ?, ?)",
                    (challenge, hint_index, now),
                )
                db.execute(
                    "INSERT INTO hint_views (challenge, hint_index, created) VALUES (?, ?, ?)",
                    (challenge, hint_index, now),
                )
        except sqlite3.Error as exc:  # read-only folder, full disk, locked for too long
            raise StateError(f"This could not be recorded in {self.path}: {exc}.") from None

    def hints_used(self, challenge: str) -> int:
        """How many of the challenge's hints the user has seen."""
        query = "SELECT count(*) FROM hints_used WHERE challenge = ?"
        return self.db.execute(query, (challenge,)).fetchone()[0]

    def record_reveal(self, challenge: str) -> None:
        self._record(
            "INSERT INTO reveals (challenge, created) VALUES (?, ?)", (challenge, clock.now())
        )

    def reveals(self, challenge: str) -> int:
        """How many times the reference solution was shown."""
        query = "SELECT count(*) FROM reveals WHERE challenge = ?"
        return self.db.execute(query, (challenge,)).fetchone()[0]

    def hint_times(self, challenge: str) -> list[float]:
        """When hints were shown for the challenge, oldest first (first showings from
        hints_used, so that databases from before hint_views count too, and every view)."""
        query = (
            "SELECT created FROM hints_used WHERE challenge = ?"
            " UNION SELECT created FROM hint_views WHERE challenge = ? ORDER BY created"
        )
        return [row[0] for row in self.db.execute(query, (challenge, challenge))]

    def reveal_times(self, challenge: str) -> list[float]:
        """When the reference was shown for the challenge, oldest first."""
        query = "SELECT created FROM reveals WHERE challenge = ? ORDER BY created"
        return [row[0] for row in self.db.execute(query, (challenge,))]

    def help_counts(self) -> dict[str, tuple[int, int]]:
        """Per challenge: (hints seen, times the reference was shown)."""
        counts: dict[str, list[int]] = {}
        for slug, hints in self.db.execute(
            "SELECT challenge, count(*) FROM hints_used GROUP BY challenge"
        ):
            counts.setdefault(slug, [0, 0])[0] = hints
        for slug, reveals in self.db.execute(
            "SELECT challenge, count(*) FROM reveals GROUP BY challenge"
        ):
            counts.setdefault(slug, [0, 0])[1] = reveals
        return {slug: (h, r) for slug, (h, r) in counts.items()}

    def _record(self, statement: str, params: tuple) -> None:
        try:
            with self.transaction() as db:
                db.execute(statement, params)
        except sqlite3.Error as exc:  # read-only folder, full disk, locked for too long
            raise StateError(f"This could not be recorded in {self.path}: {exc}.") from None
