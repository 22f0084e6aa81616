"""Progress in numbers, for `judge stats` and the report: solved per difficulty and per tag,
the streak, attempts, help used, the median time to accept, and solutions per day.

Everything is computed from the store's records (`compute` is a pure function of them and of
`now`); nothing is kept. Definitions, as the README states them:

- *solved*: at least one full (not --quick) accepted check, as `judge list` says;
- *a solution* on a day: a full accepted check of file content not accepted before for that
  challenge (re-checking the same file again is not a new solution); a day's count is the
  number of challenges that got one;
- *streak*: consecutive local calendar days with a solution, up to today (or up to yesterday,
  while today may still get one); the longest such run is shown too;
- *time to accept*: from a challenge's first graded check to its first full accepted one;
  the median is taken over the solved challenges.

This module never builds text (`judge.render.stats` does).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from judge.challenge.catalog import DIFFICULTIES, Challenge
from judge.practice import clock, review
from judge.practice.store import Attempt, Store
from judge.verdicts import Verdict


@dataclass(frozen=True)
class Tally:
    solved: int = 0
    total: int = 0
    attempts: int = 0
    hints: int = 0


@dataclass(frozen=True)
class Stats:
    overall: Tally
    by_difficulty: list[tuple[str, Tally]]  # in the catalogue's order of difficulty
    by_tag: list[tuple[str, Tally]]  # alphabetical
    accepted_checks: int
    reveals: int
    current_streak: int  # days
    longest_streak: int
    median_to_accept: float | None  # seconds; None until something is solved
    solutions_per_day: dict[date, int] = field(default_factory=dict)
    due: int = 0  # challenges due for review
    today: date = date.min


def local_day(timestamp: float) -> date:
    return datetime.fromtimestamp(timestamp).date()


def _full_accept(attempt: Attempt) -> bool:
    return attempt.verdict is Verdict.AC and attempt.accepted and not attempt.quick


def solutions_per_day(attempts: Sequence[Attempt]) -> dict[date, int]:
    """Per local day, how many challenges got a new accepted solution."""
    seen: set[tuple[str, str]] = set()
    days: dict[date, set[str]] = {}
    for attempt in sorted(attempts, key=lambda a: (a.created, a.id)):
        key = (attempt.challenge, attempt.file_sha256)
        if _full_accept(attempt) and key not in seen:
            seen.add(key)
            days.setdefault(local_day(attempt.created), set()).add(attempt.challenge)
    return {day: len(slugs) for day, slugs in sorted(days.items())}


def streaks(days: set[date], today: date) -> tuple[int, int]:
    """(current, longest) runs of consecutive days; the current one may end yesterday."""
    current = 0
    day = today if today in days else today - timedelta(days=1)
    while day in days:
        current += 1
        day -= timedelta(days=1)
    longest, run, previous = 0, 0, None
    for day in sorted(days):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest, previous = max(longest, run), day
    return current, longest


def _tally(
    challenges: list[Challenge], solved: set[str], attempts: dict[str, int], hints: dict[str, int]
) -> Tally:
    return Tally(
        solved=sum(1 for c in challenges if c.slug in solved),
        total=len(challenges),
        attempts=sum(attempts.get(c.slug, 0) for c in challenges),
        hints=sum(hints.get(c.slug, 0) for c in challenges),
    )


def compute(
    challenges: Sequence[Challenge],
    attempts: Sequence[Attempt],
    help_counts: dict[str, tuple[int, int]],
    now: float,
    due: int = 0,
) -> Stats:
    """The numbers, from the records: attempts (any order), (hints, reveals) per challenge."""
    catalogue = list(challenges)
    slugs = {c.slug for c in catalogue}
    mine = [a for a in attempts if a.challenge in slugs and a.verdict is not Verdict.IE]
    solved = {a.challenge for a in mine if _full_accept(a)}
    per_challenge: dict[str, int] = {}
    for attempt in mine:
        per_challenge[attempt.challenge] = per_challenge.get(attempt.challenge, 0) + 1
    hints = {slug: counts[0] for slug, counts in help_counts.items()}

    def tally(group: list[Challenge]) -> Tally:
        return _tally(group, solved, per_challenge, hints)

    levels = [level for level in DIFFICULTIES if any(c.difficulty == level for c in catalogue)]
    by_difficulty = [
        (level, tally([c for c in catalogue if c.difficulty == level])) for level in levels
    ]
    tags = sorted({tag for c in catalogue for tag in c.tags})
    by_tag = [(tag, tally([c for c in catalogue if tag in c.tags])) for tag in tags]
    first_try: dict[str, float] = {}
    first_accept: dict[str, float] = {}
    for attempt in sorted(mine, key=lambda a: (a.created, a.id)):
        first_try.setdefault(attempt.challenge, attempt.created)
        if _full_accept(attempt):
            first_accept.setdefault(attempt.challenge, attempt.created)
    spans = [first_accept[slug] - first_try[slug] for slug in first_accept]
    per_day = solutions_per_day(mine)
    today = local_day(now)
    current, longest = streaks(set(per_day), today)
    return Stats(
        overall=tally(catalogue),
        by_difficulty=by_difficulty,
        by_tag=by_tag,
        accepted_checks=sum(1 for a in mine if _full_accept(a)),
        reveals=sum(counts[1] for slug, counts in help_counts.items() if slug in slugs),
        current_streak=current,
        longest_streak=longest,
        median_to_accept=statistics.median(spans) if spans else None,
        solutions_per_day=per_day,
        due=due,
        today=today,
    )


def from_store(store: Store, challenges: Sequence[Challenge], now: float | None = None) -> Stats:
    now = clock.now() if now is None else now
    due = len(review.due_cards(store, challenges, now))
    return compute(challenges, store.attempts(), store.help_counts(), now, due)
