"""Past attempts, oldest first: the rows of `judge history` and of the report's per-challenge
verdict history, and the help (hints, reference) a learner used on each challenge.

Every graded check is an attempt in the store; an attempt made in a round carries its round
link (late, or the final grading at the round's end). This module only reads the store;
`judge.render.history` turns its rows into text.
"""

from __future__ import annotations

from dataclasses import dataclass

from judge.practice.store import Attempt, RoundLink, Store


@dataclass(frozen=True)
class HistoryRow:
    attempt: Attempt
    link: RoundLink | None


@dataclass(frozen=True)
class HelpUsed:
    hints: int
    reveals: int

    def __bool__(self) -> bool:
        return bool(self.hints or self.reveals)


def history(store: Store, slug: str | None = None, round_id: int | None = None) -> list[HistoryRow]:
    """Attempts oldest first, of one challenge or all, of one round or all."""
    links = store.round_links(round_id)
    return [
        HistoryRow(attempt, links.get(attempt.id))
        for attempt in store.attempts(slug)
        if round_id is None or attempt.id in links
    ]


def help_used(store: Store, slug: str) -> HelpUsed:
    """How many hints the learner saw, and how often the reference was shown."""
    return HelpUsed(store.hints_used(slug), store.reveals(slug))
