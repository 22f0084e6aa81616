"""Scorecards: per challenge, the verdict that counts, its score, attempts and time to first AC.

For a round, what counts for a problem is its final grading (the file as it was at the end,
graded --quick if the round was), unless that work was handed in late; then the last check
made in time counts (practice mode), or nothing does. Late work is shown next to the row and
never counted; `attempts` are the checks the user ran in time (not the final grading); the
time to first AC is when the first accepted work was handed in. Without a round, the
scorecard covers the whole catalogue: latest verdict, best score, attempts, and the time from
the first attempt to the first AC. The terminal form is here (`render_scorecard`); the HTML
report renders the same rows. This module only reads the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from judge import catalog, workspace
from judge.errors import UnknownChallenge
from judge.store import Attempt, RoundLink, RoundRecord, Store

OUTCOMES = {
    None: "in progress",
    "ended": "ended with 'judge round end'",
    "expired": "time ran out",
    "abandoned": "abandoned, no score",
}


def clock(seconds: float) -> str:
    """31:20, or 1:02:03 past an hour."""
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


def local_time(timestamp: float, with_date: bool = False) -> str:
    return datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")


@dataclass(frozen=True)
class Row:
    challenge: str
    title: str
    verdict: str | None  # None: nothing counts (not attempted, not graded, only late work)
    score: int
    attempts: int
    first_ac: float | None  # seconds from the round's start (or from the first attempt)
    late_verdict: str | None = None  # the latest late work's verdict, shown, not counted
    file: str | None = None  # the round's file, relative to the workspace


@dataclass(frozen=True)
class Scorecard:
    title: str
    subtitle: str
    rows: list[Row]
    round: RoundRecord | None = None
    first_ac_label: str = "first AC"
    notes: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(row.score for row in self.rows)

    @property
    def possible(self) -> int:
        return 100 * len(self.rows)


def title_of(slug: str) -> str:
    try:
        return catalog.find_challenge(slug).title
    except UnknownChallenge:  # removed from the catalogue since it was attempted
        return slug


def round_subtitle(record: RoundRecord) -> str:
    words = [
        record.mode,
        f"{round((record.deadline - record.started) / 60)} min",
        f"started {local_time(record.started, with_date=True)}",
        OUTCOMES.get(record.outcome, record.outcome or ""),
    ]
    if record.quick:
        words.append("graded --quick")
    return ", ".join(words)


def _round_row(record: RoundRecord, slug: str, linked: list[tuple[Attempt, RoundLink]]) -> Row:
    checks = [a for a, link in linked if not link.final and not link.late]
    finals = [(a, link) for a, link in linked if link.final]
    final, final_link = finals[-1] if finals else (None, None)
    counted = final if final and not final_link.late else (checks[-1] if checks else None)
    # A --quick AC says nothing of speed: it is an AC only in a round graded --quick.
    accepted_at = [
        link.handed_in
        for a, link in linked
        if not link.late and a.verdict == "AC" and (record.quick or not a.quick)
    ]
    late = [a for a, link in linked if link.late]
    file = workspace.display_path(workspace.workspace() / record.folder) + "/"
    return Row(
        challenge=slug,
        title=title_of(slug),
        verdict=counted.verdict if counted else None,
        score=counted.score if counted else 0,
        attempts=len(checks),
        first_ac=min(accepted_at) - record.started if accepted_at else None,
        late_verdict=late[-1].verdict if late else None,
        file=file + f"{catalog.folder_name(slug)}.py",
    )


def round_attempts(store: Store, round_id: int) -> list[tuple[Attempt, RoundLink]]:
    """The round's attempts (checks and final gradings), oldest first, with their links."""
    links = store.round_links(round_id)
    return [(a, links[a.id]) for a in store.attempts() if a.id in links]


def for_round(store: Store, record: RoundRecord) -> Scorecard:
    linked = round_attempts(store, record.id)
    rows = [
        _round_row(record, slug, [(a, link) for a, link in linked if a.challenge == slug])
        for slug in record.challenges
    ]
    notes = []
    if any(row.late_verdict for row in rows):
        notes.append("Late work (handed in after the time was up) is shown but not counted.")
    return Scorecard(f"Round {record.id}", round_subtitle(record), rows, round=record, notes=notes)


def for_catalogue(store: Store) -> Scorecard:
    history = store.attempts()
    rows = []
    for challenge in catalog.all_challenges():
        mine = [a for a in history if a.challenge == challenge.slug]
        accepted = [a.created for a in mine if a.verdict == "AC"]
        rows.append(
            Row(
                challenge=challenge.slug,
                title=challenge.title,
                verdict=mine[-1].verdict if mine else None,
                score=max((a.score for a in mine), default=0),
                attempts=len(mine),
                first_ac=accepted[0] - mine[0].created if accepted else None,
            )
        )
    return Scorecard(
        "All challenges",
        "latest verdict, best score, attempts, time from the first attempt to the first AC",
        rows,
        first_ac_label="AC after",
    )


def render_rows(card: Scorecard, show_files: bool = False) -> list[str]:
    width = max([len("challenge"), *(len(row.challenge) for row in card.rows)])
    header = f"  {'challenge':<{width}}  {'verdict':<7}  {'score':>5}  {'attempts':>8}"
    header += f"  {card.first_ac_label:>8}" + ("  file" if show_files else "")
    lines = [header]
    for row in card.rows:
        first_ac = clock(row.first_ac) if row.first_ac is not None else "-"
        line = (
            f"  {row.challenge:<{width}}  {row.verdict or '--':<7}  {row.score:>5}  "
            f"{row.attempts:>8}  {first_ac:>8}"
        )
        if show_files and row.file:
            line += f"  {row.file}"
        if row.late_verdict:
            line += f"  (late: {row.late_verdict}, not counted)"
        lines.append(line)
    return lines


def render_scorecard(card: Scorecard) -> str:
    lines = [f"{card.title}: {card.subtitle}", "", *render_rows(card), ""]
    lines.extend(card.notes)
    lines.append(f"Total: {card.total}/{card.possible}")
    return "\n".join(lines)
