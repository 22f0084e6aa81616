"""The review queue: which solved challenges are due for another go, and a fresh file for it.

Nothing here is stored: a challenge's schedule is computed, every time, from its recorded
attempts and the times hints and the reference were shown, so it survives restarts and can
never drift out of step with the history. The rule is SM-2 (Wozniak, 1990), with one change:

- A *session* ends with a solve: a full (not --quick) accepted check. The first session is
  everything up to the first solve; a review session is what is checked once the challenge is
  due, up to the next solve. Checks made before it is due, and re-checks of a file whose exact
  content was already accepted, do not count: only new work moves the schedule.
- Each session gets a quality: 5 (clean: no rejected check, no hint), 3 (solved after rejected
  checks or with hints), 1 (the reference was shown during the session: a lapse).
- SM-2: the easiness starts at 2.5 and becomes max(1.3, e + 0.1 - (5-q)(0.08 + (5-q)0.02))
  after every session. Quality 5: the interval grows, 1 day, then 6 days, then the previous
  interval times the easiness (rounded to whole days). Quality below 3: start again, 1 day.
- Our change: SM-2 would also grow the interval after a quality-3 review; here a review that
  needed hints or rejected checks halves the interval instead (at least 1 day), so that
  struggling brings a challenge back sooner. (A first solve is always followed by 1 day.)

A challenge is due `interval` days after the solve that ended its last session. A review is
solved in a file of its own, `solutions/review/<name>-<YYYYmmdd>.py`, written from the stub
(the accepted solution is never touched); while the challenge is due and that file holds
work not yet accepted, `judge check` and `judge watch` grade it. Every function takes `now`;
this module never prints.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from judge.challenge.catalog import Challenge
from judge.errors import JudgeError
from judge.practice import clock, workspace
from judge.practice.store import Attempt, Store, file_sha256
from judge.verdicts import Verdict

DAY = 86_400.0
START_EASINESS = 2.5
MIN_EASINESS = 1.3
CLEAN, STRUGGLED, LAPSE = 5, 3, 1
REVIEW_FOLDER = "review"


@dataclass(frozen=True)
class Session:
    """One counted go at a challenge, ended by a solve."""

    opened: float  # the first counted check (the solve itself when it was the only one)
    solved: float
    quality: int  # CLEAN, STRUGGLED or LAPSE
    rejected: int  # counted checks that were not accepted
    hints: int  # hint showings in the session
    revealed: bool  # the reference was shown in the session


@dataclass(frozen=True)
class Card:
    """A solved challenge's schedule, as of its last session."""

    challenge: str
    sessions: tuple[Session, ...]
    repetitions: int  # sessions of quality >= 3 since the last lapse
    interval_days: int
    easiness: float
    pending: int  # checks counted since it became due, none accepted yet

    @property
    def last_solved(self) -> float:
        return self.sessions[-1].solved

    @property
    def due(self) -> float:
        return self.last_solved + self.interval_days * DAY

    def is_due(self, now: float) -> bool:
        return now >= self.due


def quality(rejected: int, hints: int, revealed: bool) -> int:
    if revealed:
        return LAPSE
    return STRUGGLED if rejected or hints else CLEAN


def next_interval(
    repetitions: int, interval: int, easiness: float, grade: int
) -> tuple[int, int, float]:
    """One SM-2 step (with the change above): (repetitions, interval in days, easiness)."""
    miss = 5 - grade
    easiness = max(MIN_EASINESS, easiness + 0.1 - miss * (0.08 + miss * 0.02))
    if grade < 3:
        return 0, 1, easiness
    if grade == STRUGGLED and repetitions > 0:
        return repetitions, max(1, round(interval / 2)), easiness
    if repetitions == 0:
        interval = 1
    elif repetitions == 1:
        interval = 6
    else:
        interval = max(1, round(interval * easiness))
    return repetitions + 1, interval, easiness


def _solve(attempt: Attempt) -> bool:
    return attempt.verdict is Verdict.AC and attempt.accepted and not attempt.quick


def schedule(
    attempts: Sequence[Attempt], hint_times: Sequence[float], reveal_times: Sequence[float]
) -> Card | None:
    """The schedule of one challenge from its attempts (oldest first), or None if it was
    never solved. Pure: the same history always gives the same card."""
    accepted_files: set[str] = set()
    counted: list[Attempt] = []
    sessions: list[Session] = []
    repetitions, interval, easiness = 0, 0, START_EASINESS
    due: float | None = None  # None until the first solve
    for attempt in sorted(attempts, key=lambda a: (a.created, a.id)):
        if attempt.verdict is Verdict.IE:  # our bug, never the learner's
            continue
        early = due is not None and attempt.created < due
        if early or attempt.file_sha256 in accepted_files:
            if _solve(attempt):
                accepted_files.add(attempt.file_sha256)
            continue
        counted.append(attempt)
        if not _solve(attempt):
            continue
        accepted_files.add(attempt.file_sha256)
        start = -math.inf if due is None else due

        def within(t: float, start: float = start, end: float = attempt.created) -> bool:
            return start <= t <= end

        hints = sum(1 for t in hint_times if within(t))
        revealed = any(within(t) for t in reveal_times)
        rejected = sum(1 for a in counted if a.verdict is not Verdict.AC)
        grade = quality(rejected, hints, revealed)
        repetitions, interval, easiness = next_interval(repetitions, interval, easiness, grade)
        sessions.append(
            Session(counted[0].created, attempt.created, grade, rejected, hints, revealed)
        )
        due = attempt.created + interval * DAY
        counted = []
    if not sessions:
        return None
    slug = attempts[0].challenge
    return Card(slug, tuple(sessions), repetitions, interval, easiness, len(counted))


def card_for(store: Store, slug: str) -> Card | None:
    return schedule(store.attempts(slug), store.hint_times(slug), store.reveal_times(slug))


def cards(store: Store, challenges: Sequence[Challenge]) -> list[Card]:
    """The schedule of every solved challenge of the catalogue, soonest due first."""
    found = [card_for(store, c.slug) for c in challenges]
    return sorted((c for c in found if c is not None), key=lambda c: (c.due, c.challenge))


def due_cards(
    store: Store, challenges: Sequence[Challenge], now: float | None = None
) -> list[Card]:
    """The challenges due for review, most overdue first."""
    now = clock.now() if now is None else now
    return [card for card in cards(store, challenges) if card.is_due(now)]


# -- the review's own file --------------------------------------------------------------------
def review_folder() -> Path:
    return workspace.workspace() / "solutions" / REVIEW_FOLDER


def _review_files(challenge: Challenge) -> list[Path]:
    """The challenge's review files, oldest first (by the date and counter in their names)."""
    pattern = re.compile(rf"{re.escape(challenge.module_name)}-(\d{{8}})(?:-(\d+))?\.py")
    found = []
    folder = review_folder()
    if folder.is_dir():
        for path in folder.iterdir():
            match = pattern.fullmatch(path.name)
            if match and path.is_file():
                found.append(((match.group(1), int(match.group(2) or 1)), path))
    return [path for _, path in sorted(found)]


def _accepted_files(store: Store, slug: str) -> set[str]:
    return {a.file_sha256 for a in store.attempts(slug) if _solve(a)}


def review_in_progress(store: Store, challenge: Challenge, now: float | None = None) -> Path | None:
    """The review file a check grades: the newest one, while the challenge is due and the
    file holds work not accepted yet (the untouched stub included). None otherwise."""
    files = _review_files(challenge)
    if not files:
        return None
    card = card_for(store, challenge.slug)
    if card is None or not card.is_due(clock.now() if now is None else now):
        return None
    newest = files[-1]
    try:
        digest = file_sha256(newest)
    except OSError:  # unreadable: not a review anyone can work in
        return None
    return None if digest in _accepted_files(store, challenge.slug) else newest


@dataclass(frozen=True)
class ReviewStart:
    path: Path
    created: bool  # False: the review was already started in this file
    card: Card


def _days_from_now(seconds: float) -> str:
    """ "in 3 days", "in 5 hours", "in 12 minutes" (for sentences of errors)."""
    for unit, size in (("day", DAY), ("hour", 3600.0), ("minute", 60.0)):
        if seconds >= size:
            count = round(seconds / size)
            return f"in {count} {unit}{'s' if count != 1 else ''}"
    return "in a minute"


def start_review(store: Store, challenge: Challenge, now: float | None = None) -> ReviewStart:
    """Write a fresh stub for a due review (or return the file already started for it)."""
    now = clock.now() if now is None else now
    card = card_for(store, challenge.slug)
    if card is None:
        raise JudgeError(
            f"{challenge.slug} is not solved yet, so there is nothing to review: "
            f"solve it first ('judge check {challenge.slug}')."
        )
    if not card.is_due(now):
        raise JudgeError(
            f"{challenge.slug} is not due for review yet (due {_days_from_now(card.due - now)}); "
            "'judge review' lists what is due."
        )
    started = review_in_progress(store, challenge, now)
    if started is not None:
        return ReviewStart(started, created=False, card=card)
    folder = review_folder()
    stamp = time.strftime("%Y%m%d", time.localtime(now))
    stub = workspace.render_stub(challenge)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for counter in range(1, 1000):
            suffix = "" if counter == 1 else f"-{counter}"
            path = folder / f"{challenge.module_name}-{stamp}{suffix}.py"
            try:
                with open(path, "x", encoding="utf-8") as handle:  # never replaces a file
                    handle.write(stub)
                return ReviewStart(path, created=True, card=card)
            except FileExistsError:
                continue
    except OSError as exc:
        raise JudgeError(f"The review file could not be written in {folder}: {exc}.") from None
    raise JudgeError(f"There are too many review files of {challenge.slug} dated {stamp}.")


# -- the queue, as `judge review` and `judge next` show it -------------------------------------
@dataclass(frozen=True)
class Entry:
    card: Card
    challenge: Challenge
    started: Path | None  # the review file in progress, if the review was started


@dataclass(frozen=True)
class Queue:
    due: list[Entry]  # most overdue first
    upcoming: list[Card]  # solved, not due yet: soonest first
    now: float


def queue(store: Store, challenges: Sequence[Challenge], now: float | None = None) -> Queue:
    now = clock.now() if now is None else now
    by_slug = {c.slug: c for c in challenges}
    due, upcoming = [], []
    for card in cards(store, challenges):
        if card.is_due(now):
            challenge = by_slug[card.challenge]
            due.append(Entry(card, challenge, review_in_progress(store, challenge, now)))
        else:
            upcoming.append(card)
    return Queue(due, upcoming, now)
