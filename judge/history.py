"""Past attempts as people read them: the rows of `judge history` and of the report's
per-challenge verdict history.

Every graded check is an attempt in the store; an attempt made in a round carries its round
link (late, or the final grading at the round's end). This module turns them into rows with
readable times, files and round labels, and renders the terminal table. It only reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from judge import workspace
from judge.scorecard import local_time
from judge.store import Attempt, RoundLink, Store


@dataclass(frozen=True)
class HistoryRow:
    attempt: Attempt
    link: RoundLink | None

    @property
    def when(self) -> str:
        return local_time(self.attempt.created, with_date=True)

    @property
    def file(self) -> str:
        return workspace.display_path(self.attempt.file)

    @property
    def verdict(self) -> str:
        """AC, or AC* for a --quick check (speed not graded)."""
        return self.attempt.verdict + ("*" if self.attempt.quick else "")

    @property
    def round_label(self) -> str:
        if self.link is None:
            return "-"
        marks = [word for word, on in (("final", self.link.final), ("late", self.link.late)) if on]
        return " ".join([str(self.link.round_id), *marks])


def history(store: Store, slug: str | None = None, round_id: int | None = None) -> list[HistoryRow]:
    """Attempts oldest first, of one challenge or all, of one round or all."""
    links = store.round_links(round_id)
    return [
        HistoryRow(attempt, links.get(attempt.id))
        for attempt in store.attempts(slug)
        if round_id is None or attempt.id in links
    ]


def help_used(store: Store, slug: str) -> str:
    """ "2 hints, reference shown" or "" when the learner asked for no help on it."""
    hints, reveals = store.hints_used(slug), store.reveals(slug)
    parts = [f"{hints} hint{'s' if hints != 1 else ''}"] if hints else []
    parts += ["reference shown"] if reveals else []
    return ", ".join(parts)


def render_help(store: Store, slugs: list[str]) -> str:
    """One line per challenge on which hints or the reference were used."""
    lines = [f"  {slug}: {used}" for slug in slugs if (used := help_used(store, slug))]
    return "\n".join(["Help used:", *lines]) if lines else ""


def render_history(rows: list[HistoryRow]) -> str:
    if not rows:
        return "No attempts recorded yet. Grade a solution with 'judge check <challenge>'."
    width = max(len("challenge"), *(len(row.attempt.challenge) for row in rows))
    lines = [
        f"{'when':<16}  {'challenge':<{width}}  {'verdict':<7}  {'score':>5}  {'time':>6}  "
        f"{'round':<13}  file"
    ]
    for row in rows:
        lines.append(
            f"{row.when:<16}  {row.attempt.challenge:<{width}}  {row.verdict:<7}  "
            f"{row.attempt.score:>5}  {row.attempt.seconds:>5.1f}s  {row.round_label:<13}  "
            f"{row.file}"
        )
    if any(row.attempt.quick for row in rows):
        lines.append("* --quick: correctness only, speed not graded.")
    return "\n".join(lines)
