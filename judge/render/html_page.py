"""The HTML report (`judge report`): one self-contained file people want to open and print.

It renders, through `templates/report.html.j2`, the scorecard (of one round, or of the whole
catalogue), each challenge's verdict history, and for the performance tier a log-log plot of
the submission's time against n next to the reference's, with the limit (`plot.loglog_plot`).
The whole-catalogue report also shows a calendar heat map of accepted solutions per day over
the last 26 weeks (`heatmap.heatmap_svg`) and a summary per tag (`practice.stats`).
Everything is inline: CSS with a print stylesheet, SVG, no JavaScript, no address to fetch,
so the file works offline, attached to a mail, or on paper. It only reads the store. (The
terminal rendering of a check is `judge.render.terminal`; this is its HTML sibling.)
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from judge.challenge import catalog
from judge.errors import JudgeError
from judge.practice import history, scorecard, stats, workspace
from judge.practice.clock import now as clock_now
from judge.practice.history import HistoryRow
from judge.practice.store import Store
from judge.render import history as history_text
from judge.render.heatmap import WEEKS, first_day, heatmap_svg
from judge.render.plot import loglog_plot
from judge.render.scorecard import CardText, card_text
from judge.render.timefmt import clock, local_time
from judge.verdicts import MEANINGS, Verdict

TEMPLATES = Path(__file__).resolve().parent / "templates"
TIER_SHORT = {"examples": "ex", "properties": "prop", "performance": "perf", "memory": "mem"}


class ReportError(JudgeError):
    pass


@dataclass(frozen=True)
class Plot:
    svg: str
    caption: str
    sizes: list[dict[str, Any]]


@dataclass(frozen=True)
class Section:
    """One challenge: its scorecard row, its attempts, and the plot of its latest timing."""

    row: scorecard.Row
    attempts: list[HistoryRow]
    plot: Plot | None
    help_used: str = ""  # "2 hints, reference shown"


@dataclass(frozen=True)
class Activity:
    """The catalogue report's progress block: the heat map and the per-tag summary."""

    svg: str
    caption: str
    numbers: stats.Stats


def activity(store: Store, now: float) -> Activity:
    numbers = stats.from_store(store, catalog.all_challenges(), now)
    start = first_day(numbers.today)
    recent = {day: n for day, n in numbers.solutions_per_day.items() if day >= start}
    total, days = sum(recent.values()), len(recent)
    caption = (
        f"{total} accepted solution{'s' if total != 1 else ''} on {days} "
        f"day{'s' if days != 1 else ''} in the last {WEEKS} weeks; streak "
        f"{numbers.current_streak} day{'s' if numbers.current_streak != 1 else ''} "
        f"(longest {numbers.longest_streak})."
    )
    return Activity(heatmap_svg(numbers.solutions_per_day, numbers.today), caption, numbers)


def tier_verdicts(row: HistoryRow) -> list[str]:
    """["ex AC", "prop AC", "perf TLE"]: the verdict of each tier that ran."""
    ran = [t for t in row.attempt.tiers if t.get("verdict")]
    return [f"{TIER_SHORT.get(t['name'], t['name'])} {t['verdict']}" for t in ran]


def performance_plot(attempts: list[HistoryRow]) -> Plot | None:
    """The latest attempt whose performance tier ran: its sizes, drawn."""
    for row in reversed(attempts):
        tier = next((t for t in row.attempt.tiers if t["name"] == "performance"), None)
        if tier and tier.get("verdict") and tier.get("sizes"):
            caption = (
                f"{history_text.when(row)}: {row.attempt.verdict}, {tier['summary']}"
                if tier.get("summary")
                else f"{history_text.when(row)}: {row.attempt.verdict}"
            )
            title = f"{row.attempt.challenge}: time per input size, yours and the reference's"
            return Plot(loglog_plot(tier["sizes"], title), caption, tier["sizes"])
    return None


def build(store: Store, round_id: int | None = None) -> tuple[CardText, list[Section]]:
    if round_id is not None:
        record = store.round(round_id)
        if record is None:
            raise ReportError(f"There is no round {round_id}.")
        card = scorecard.for_round(store, record)
        rows = history.history(store, round_id=round_id)
        shown = card.rows
    else:
        card = scorecard.for_catalogue(store)
        rows = history.history(store)
        shown = [row for row in card.rows if row.attempts]
    sections = []
    for card_row in shown:
        mine = [row for row in rows if row.attempt.challenge == card_row.challenge]
        used = history_text.help_text(history.help_used(store, card_row.challenge))
        sections.append(Section(card_row, mine, performance_plot(mine), used))
    return card_text(card), sections


def html_environment() -> Environment:
    """The templates' environment: autoescaped, strict, the same for every HTML page."""
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _environment() -> Environment:
    env = html_environment()
    env.filters["clock"] = clock
    env.filters["when"] = history_text.when
    env.filters["round_label"] = history_text.round_label
    env.filters["display_path"] = workspace.display_path
    env.filters["seconds"] = lambda value: "stopped" if value is None else f"{value:.4f}"
    env.globals["tier_verdicts"] = tier_verdicts
    return env


def render_report(store: Store, round_id: int | None = None, now: float | None = None) -> str:
    now = clock_now() if now is None else now
    card, sections = build(store, round_id)
    generated = local_time(now, with_date=True)
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            card=card,
            sections=sections,
            activity=activity(store, now) if round_id is None else None,
            generated=generated,
            meanings={v.value: m for v, m in MEANINGS.items()},
            verdicts=[v.value for v in Verdict],
        )
    )


def default_path(folder: Path, round_id: int | None) -> Path:
    return folder / (f"round-{round_id}-report.html" if round_id else "judge-report.html")


def write_report(html: str, path: Path) -> Path:
    """Write atomically (a temporary file, then a rename): a reader never sees half a page."""
    if path.is_dir():
        raise ReportError(f"{path} is a directory; give a file name with -o.")
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(html, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise ReportError(f"The report could not be written to {path}: {exc.strerror}.") from None
    return path
