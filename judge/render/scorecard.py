"""Scorecards as text: the title, subtitle and notes of a card, and its terminal table.

The HTML report shows the same `CardText` next to the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from judge.practice.scorecard import Row, Scorecard
from judge.practice.store import RoundRecord
from judge.render.timefmt import clock, local_time

OUTCOMES = {
    None: "in progress",
    "ended": "ended with 'judge round end'",
    "expired": "time ran out",
    "abandoned": "abandoned, no score",
}
LATE_NOTE = "Late work (handed in after the time was up) is shown but not counted."


@dataclass(frozen=True)
class CardText:
    """A scorecard with the words around it, as the terminal and the HTML page show it."""

    card: Scorecard
    title: str
    subtitle: str
    first_ac_label: str
    notes: list[str]

    @property
    def rows(self) -> list[Row]:
        return self.card.rows

    @property
    def total(self) -> int:
        return self.card.total

    @property
    def possible(self) -> int:
        return self.card.possible


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


def card_text(card: Scorecard) -> CardText:
    notes = [LATE_NOTE] if card.has_late_work else []
    if card.round is not None:
        return CardText(
            card, f"Round {card.round.id}", round_subtitle(card.round), "first AC", notes
        )
    subtitle = "latest verdict, best score, attempts, time from the first attempt to the first AC"
    return CardText(card, "All challenges", subtitle, "AC after", notes)


def render_rows(card: Scorecard, show_files: bool = False) -> list[str]:
    label = card_text(card).first_ac_label
    width = max([len("challenge"), *(len(row.challenge) for row in card.rows)])
    header = f"  {'challenge':<{width}}  {'verdict':<7}  {'score':>5}  {'attempts':>8}"
    header += f"  {label:>8}" + ("  file" if show_files else "")
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
        if row.claimed:
            line += f"  (said O({row.claimed}), measured {row.measured})"
        lines.append(line)
    return lines


def render_scorecard(card: Scorecard) -> str:
    text = card_text(card)
    lines = [f"{text.title}: {text.subtitle}", "", *render_rows(card), ""]
    lines.extend(text.notes)
    lines.append(f"Total: {card.total}/{card.possible}")
    return "\n".join(lines)
