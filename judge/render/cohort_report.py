"""What `judge grade` shows people: the cohort report, a page per file, the terminal summary.

`report.html` (templates/cohort.html.j2) is one self-contained page: per challenge the
score distribution (an inline SVG histogram), the verdicts and the growth classes measured;
the people who need a look (the judge failed, the file does not load, too slow although it
grows like the reference, the same bytes as someone else's file, or no file to grade); and
every row, linking to that file's own page. Each graded file also gets
`files/<person>/<file name>.html` (its tiers, its timing plot and its terminal report) and
the same report as text (`.txt`, from `judge.render.terminal.render_check`). Inline CSS and
SVG only: no script, no address to fetch. Everything a submission or a folder name brought
in is escaped (HTML by the template engine, control characters by `printable`), in the page
and in the summary printed on the terminal. This module only reads the run's outcome and
writes these files.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment

from judge.challenge import catalog
from judge.cohort.gradebook import write_atomically
from judge.cohort.run import Outcome, Row
from judge.errors import JudgeError
from judge.grading.results import from_json
from judge.render.html_page import TIER_SHORT, html_environment
from judge.render.plot import loglog_plot
from judge.render.printable import printable
from judge.render.terminal import render_check
from judge.render.timefmt import local_time
from judge.verdicts import MEANINGS, Verdict

TEMPLATES = Path(__file__).resolve().parent / "templates"
REPORT = "report.html"
FILES = "files"
BIN_LABELS = [f"{low}-{low + 9}" for low in range(0, 100, 10)] + ["100"]


@dataclass
class ChallengeSummary:
    slug: str
    title: str
    graded: int = 0
    not_graded: int = 0
    accepted: int = 0
    verdicts: list[tuple[str, int]] = field(default_factory=list)
    bins: list[int] = field(default_factory=lambda: [0] * len(BIN_LABELS))
    median: float | None = None
    growth: list[tuple[str, int]] = field(default_factory=list)
    reference_growth: str = ""
    histogram: str = ""


@dataclass(frozen=True)
class Look:
    row: Row
    reason: str


def file_page(row: Row) -> str:
    """The file's page, relative to the output folder (with "/")."""
    return f"{FILES}/{row.person}/{catalog.folder_name(row.challenge)}.html"


def href(path: str) -> str:
    return "/".join(quote(part) for part in path.split("/"))


def _title(slug: str) -> str:
    try:
        return catalog.find_challenge(slug).title
    except (JudgeError, OSError):
        return slug


def _growth(row: Row) -> tuple[str, str]:
    for tier in row.result["tiers"] if row.result else []:
        if tier["name"] == "performance" and tier.get("growth"):
            return tier["growth"]["submission"], tier["growth"]["reference"]
    return "", ""


def score_bin(score: int) -> int:
    return min(score // 10, 10)


def histogram_svg(bins: list[int], label: str) -> str:
    """An inline SVG bar chart of how many files fall in each score band."""
    width, height, left, bottom, top = 440, 150, 28, 24, 14
    slot = (width - left - 6) / len(bins)
    tallest = max(bins) or 1
    parts = [
        f'<svg class="histogram" viewBox="0 0 {width} {height}" role="img" '
        f'font-family="system-ui, sans-serif" font-size="10"><title>{label}</title>',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 4}" y2="{height - bottom}" '
        'stroke="#8c959f"/>',
    ]
    for index, count in enumerate(bins):
        x = left + index * slot + 2
        bar = (height - bottom - top) * count / tallest
        y = height - bottom - bar
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{slot - 4:.1f}" '
            f'height="{bar:.1f}" fill="#1d4ed8"><title>{BIN_LABELS[index]}: {count}</title></rect>'
        )
        if count:
            parts.append(
                f'<text x="{x + (slot - 4) / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle">'
                f"{count}</text>"
            )
        parts.append(
            f'<text class="tick" x="{x + (slot - 4) / 2:.1f}" y="{height - bottom + 13}" '
            f'text-anchor="middle" fill="#59636e">{BIN_LABELS[index].split("-")[0]}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def summaries(outcome: Outcome) -> list[ChallengeSummary]:
    by_slug: dict[str, ChallengeSummary] = {}
    verdicts: dict[str, Counter] = {}
    growth: dict[str, Counter] = {}
    scores: dict[str, list[int]] = {}
    for row in outcome.rows:
        if not row.challenge:
            continue
        summary = by_slug.setdefault(row.challenge, ChallengeSummary(row.challenge, ""))
        if row.result is None:
            summary.not_graded += 1
            continue
        summary.graded += 1
        summary.accepted += bool(row.result["accepted"])
        verdicts.setdefault(row.challenge, Counter())[row.result["verdict"]] += 1
        scores.setdefault(row.challenge, []).append(row.result["score"])
        summary.bins[score_bin(row.result["score"])] += 1
        words, reference = _growth(row)
        if words:
            growth.setdefault(row.challenge, Counter())[words] += 1
            summary.reference_growth = reference
    for slug, summary in by_slug.items():
        summary.title = _title(slug)
        counts = verdicts.get(slug, Counter())
        summary.verdicts = [(v.value, counts[v.value]) for v in Verdict if counts[v.value]]
        summary.growth = growth.get(slug, Counter()).most_common()
        if scores.get(slug):
            summary.median = statistics.median(scores[slug])
        summary.histogram = histogram_svg(summary.bins, f"{slug}: files per score band")
    return sorted(by_slug.values(), key=lambda s: s.slug)


def needs_a_look(outcome: Outcome) -> list[Look]:
    """The rows a person should open, each with why, in gradebook order."""
    holders: dict[str, list[Row]] = {}
    for row in outcome.rows:
        if row.result is not None and row.sha256:
            holders.setdefault(row.sha256, []).append(row)
    looks = []
    for row in outcome.rows:
        if row.result is None:
            looks.append(Look(row, row.note or "not graded"))
            continue
        verdict = row.result["verdict"]
        failing = next((t for t in row.result["tiers"] if t["verdict"] == verdict), None)
        if verdict == "IE":
            looks.append(
                Look(row, "the judge itself failed on this file (our bug): grade it again")
            )
        elif verdict == "CE":
            failure = (failing or {}).get("failure") or {}
            # The last line of the error says what (a SyntaxError's first says only where).
            error = [line.strip() for line in (failure.get("error") or "").splitlines()][-1:]
            why = " ".join([failure.get("message") or "", *error]).strip()
            looks.append(Look(row, f"the file does not load. {why}".strip()))
        elif verdict == "TLE":
            words, reference = _growth(row)
            if words and words == reference:
                looks.append(
                    Look(
                        row,
                        f"too slow, yet it grows like the reference ({words}): a slow "
                        "constant factor rather than the wrong algorithm",
                    )
                )
        others = [r for r in holders.get(row.sha256 or "", []) if r.person != row.person]
        if others:
            names = ", ".join(r.person for r in others[:3]) + (" ..." if len(others) > 3 else "")
            looks.append(Look(row, f"the very same file as {names}"))
    return looks


def tier_cells(row: Row) -> list[str]:
    if row.result is None:
        return []
    return [
        f"{TIER_SHORT.get(t['name'], t['name'])} {t['verdict']}"
        for t in row.result["tiers"]
        if t["verdict"]
    ]


def _environment() -> Environment:
    env = html_environment()
    env.filters["shown"] = printable  # control characters from names and submissions
    env.filters["href"] = href
    env.globals["file_page"] = file_page
    env.globals["tier_cells"] = tier_cells
    env.globals["growth_of"] = lambda row: _growth(row)[0]
    return env


def _common(now: float | None) -> dict:
    return {
        "generated": local_time(time.time() if now is None else now, with_date=True),
        "meanings": {v.value: m for v, m in MEANINGS.items()},
        "verdicts": [v.value for v in Verdict],
    }


def render_cohort(outcome: Outcome, now: float | None = None) -> str:
    people = {row.person for row in outcome.rows}
    graded = [row for row in outcome.rows if row.result is not None]
    scores = [row.result["score"] for row in graded]
    return (
        _environment()
        .get_template("cohort.html.j2")
        .render(
            title=outcome.root.resolve().name or str(outcome.root),
            outcome=outcome,
            people=len(people),
            graded=len(graded),
            accepted=sum(bool(row.result["accepted"]) for row in graded),
            median=statistics.median(scores) if scores else None,
            summaries=summaries(outcome),
            looks=needs_a_look(outcome),
            **_common(now),
        )
    )


def render_file(row: Row, text: str, now: float | None = None) -> str:
    tiers = row.result["tiers"]
    performance = next((t for t in tiers if t["name"] == "performance" and t["sizes"]), None)
    plot = ""
    if performance and performance["verdict"]:
        plot = loglog_plot(performance["sizes"], f"{row.challenge}: time per input size")
    return (
        _environment()
        .get_template("cohort_file.html.j2")
        .render(row=row, title=_title(row.challenge), text=text, plot=plot, **_common(now))
    )


def file_text(row: Row) -> str:
    return render_check(from_json(row.result))


def write(outcome: Outcome, now: float | None = None) -> dict[tuple[str, str], str]:
    """Write report.html and every graded file's page and text report; returns those texts
    by (person, challenge), for Gradescope's output."""
    texts = {}
    for row in outcome.rows:
        if row.result is None:
            continue
        text = texts[row.key] = file_text(row)
        page = outcome.out / file_page(row)
        write_atomically(page.with_suffix(".txt"), text + "\n")
        write_atomically(page, render_file(row, text, now))
    write_atomically(outcome.out / REPORT, render_cohort(outcome, now))
    return texts


def summary_text(outcome: Outcome, written: list[Path]) -> str:
    """What the terminal shows after a run: counts per challenge, what needs a look."""
    fresh, kept = len(outcome.graded_now), len(outcome.kept)
    if fresh:
        where = f"{outcome.workers} Dask worker{'s' if outcome.workers != 1 else ''}"
        lines = [
            f"Graded {fresh} file{'s' if fresh != 1 else ''} in {outcome.seconds:.1f} s on {where}"
        ]
    else:
        lines = ["Nothing new to grade"]
    if kept:
        lines[0] += f"; {kept} unchanged since an earlier run (kept)"
    lines[0] += "." + ("  (--quick: speed not graded)" if outcome.quick else "")
    for summary in summaries(outcome):
        counts = "  ".join(f"{verdict} {count}" for verdict, count in summary.verdicts)
        median = f"median score {summary.median:g}" if summary.median is not None else ""
        missing = f"  not graded {summary.not_graded}" if summary.not_graded else ""
        lines.append(
            f"  {summary.slug:<24} {summary.graded:>4} graded  {counts}{missing}  {median}"
        )
    for message in outcome.messages:
        lines.append(printable(f"Note: {message}"))
    looks = needs_a_look(outcome)
    if looks:
        lines.append(f"{len(looks)} row(s) need a look (listed in the report):")
        for look in looks[:10]:
            lines.append(printable(f"  {look.row.file}: {look.reason}"))
        if len(looks) > 10:
            lines.append(f"  ... and {len(looks) - 10} more")
    lines.append("Wrote " + ", ".join(str(path) for path in written) + ".")
    return "\n".join(lines)
