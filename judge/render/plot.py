"""Inline SVG for the HTML report: time against input size on log-log axes.

`loglog_plot(sizes)` draws the `sizes` of a performance tier (n, seconds or None when the run
was stopped, limit, reference_seconds): the submission and the reference as polylines with
markers, the limit as a dashed line, and a cross at the limit where the submission was
stopped. Straight lines on these axes are powers of n, so the slopes compare growth at a
glance. Pure string building: no JavaScript, no external reference (not even an xmlns: inline
SVG in HTML needs none), a viewBox so it scales on screen and on paper.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

WIDTH, HEIGHT = 560, 320
LEFT, RIGHT, TOP, BOTTOM = 74, 18, 16, 46
FLOOR_SECONDS = 1e-6  # a measured 0 still needs a place on a log axis
YOURS, REFERENCE, LIMIT = "#c2410c", "#1d4ed8", "#6b7280"
# Presentation attributes rather than CSS, so that any SVG renderer draws the same plot.
GRID, FRAME, TEXT, FONT = "#e5e7eb", "#9ca3af", "#374151", "system-ui, sans-serif"


def _count(n: float) -> str:
    for size, suffix in ((1e6, "M"), (1e3, "k")):
        if n >= size:
            return f"{n / size:g}{suffix}"
    return f"{n:g}"


def _seconds(value: float) -> str:
    for size, unit in ((1.0, "s"), (1e-3, "ms"), (1e-6, "µs")):
        if value >= size * 0.999:
            return f"{value / size:g} {unit}"
    return f"{value * 1e9:g} ns"


def _domain(values: Sequence[float]) -> tuple[float, float]:
    """log10 bounds with a little air, at least half a decade wide."""
    low, high = math.log10(min(values)), math.log10(max(values))
    pad = max((high - low) * 0.06, 0.25 - (high - low) / 2, 0.0)
    return low - pad, high + pad


def _ticks(low: float, high: float) -> list[float]:
    """Powers of ten inside the domain; 2x and 5x too when fewer than three decades show."""
    decades = range(math.floor(low), math.ceil(high) + 1)
    steps = (1, 2, 5) if high - low < 3 else (1,)
    ticks = [step * 10.0**d for d in decades for step in steps]
    return [t for t in ticks if low <= math.log10(t) <= high]


class _Axes:
    def __init__(self, xs: Sequence[float], ys: Sequence[float]) -> None:
        self.x0, self.x1 = _domain(xs)
        self.y0, self.y1 = _domain(ys)

    def x(self, n: float) -> float:
        share = (math.log10(n) - self.x0) / (self.x1 - self.x0)
        return LEFT + share * (WIDTH - LEFT - RIGHT)

    def y(self, seconds: float) -> float:
        share = (math.log10(max(seconds, FLOOR_SECONDS)) - self.y0) / (self.y1 - self.y0)
        return HEIGHT - BOTTOM - share * (HEIGHT - TOP - BOTTOM)

    def points(self, series: Sequence[tuple[float, float]]) -> str:
        return " ".join(f"{self.x(n):.1f},{self.y(s):.1f}" for n, s in series)


def _grid_line(x1: float, y1: float, x2: float, y2: float) -> str:
    return (
        f'<line class="grid" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
        f'stroke="{GRID}"/>'
    )


def _tick_label(x: float, y: float, anchor: str, text: str) -> str:
    return (
        f'<text class="tick" x="{x:.1f}" y="{y:.1f}" fill="{TEXT}" text-anchor="{anchor}">'
        f"{escape(text)}</text>"
    )


def _grid(axes: _Axes) -> list[str]:
    parts = []
    for t in _ticks(axes.x0, axes.x1):
        x = axes.x(t)
        parts.append(_grid_line(x, TOP, x, HEIGHT - BOTTOM))
        parts.append(_tick_label(x, HEIGHT - BOTTOM + 16, "middle", _count(t)))
    for t in _ticks(axes.y0, axes.y1):
        y = axes.y(t)
        parts.append(_grid_line(LEFT, y, WIDTH - RIGHT, y))
        parts.append(_tick_label(LEFT - 6, y + 4, "end", _seconds(t)))
    frame_width, frame_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    parts.append(
        f'<rect class="frame" x="{LEFT}" y="{TOP}" width="{frame_width}" height="{frame_height}" '
        f'fill="none" stroke="{FRAME}"/>'
    )
    parts.append(
        f'<text class="axis" x="{LEFT + frame_width / 2:.0f}" y="{HEIGHT - 8}" font-size="12" '
        'text-anchor="middle">input size n (log scale)</text>'
    )
    parts.append(
        f'<text class="axis" transform="translate(16 {TOP + frame_height / 2:.0f}) rotate(-90)" '
        'font-size="12" text-anchor="middle">CPU seconds (log scale)</text>'
    )
    return parts


def _series(axes: _Axes, name: str, colour: str, series: list[tuple[float, float]]) -> list[str]:
    parts = [
        f'<polyline class="series {name}" fill="none" stroke="{colour}" stroke-width="2" '
        f'points="{axes.points(series)}"/>'
    ]
    for n, seconds in series:
        x, y = axes.x(n), axes.y(seconds)
        label = f"<title>{escape(name)}: n={n:,}, {escape(_seconds(seconds))}</title>"
        if name == "reference":
            parts.append(
                f'<circle class="point {name}" cx="{x:.1f}" cy="{y:.1f}" r="3.5" '
                f'fill="{colour}">{label}</circle>'
            )
        else:
            parts.append(
                f'<rect class="point {name}" x="{x - 3.5:.1f}" y="{y - 3.5:.1f}" width="7" '
                f'height="7" fill="{colour}">{label}</rect>'
            )
    return parts


def _stopped(axes: _Axes, at: list[tuple[float, float]]) -> list[str]:
    parts = []
    for n, limit in at:
        x, y = axes.x(n), axes.y(limit)
        parts.append(
            f'<path class="stopped" d="M{x - 5:.1f},{y - 5:.1f} L{x + 5:.1f},{y + 5:.1f} '
            f'M{x - 5:.1f},{y + 5:.1f} L{x + 5:.1f},{y - 5:.1f}" stroke="{YOURS}" '
            f'stroke-width="2.5"><title>your code: stopped at the limit, n={n:,}</title></path>'
        )
        parts.append(
            f'<text class="note" x="{x + 8:.1f}" y="{y + 16:.1f}" fill="{YOURS}" '
            'font-weight="bold">stopped</text>'
        )
    return parts


def _legend(has_yours: bool) -> list[str]:
    entries = [("your code", YOURS, "")] if has_yours else []
    entries += [("reference", REFERENCE, ""), ("limit", LIMIT, ' stroke-dasharray="6 4"')]
    parts = [
        f'<rect x="{LEFT + 4}" y="{TOP + 4}" width="96" height="{len(entries) * 16 + 6}" '
        f'fill="#ffffff" fill-opacity="0.92" stroke="{GRID}"/>'
    ]
    for row, (label, colour, dash) in enumerate(entries):
        y = TOP + 14 + row * 16
        parts.append(
            f'<line x1="{LEFT + 10}" y1="{y}" x2="{LEFT + 34}" y2="{y}" stroke="{colour}" '
            f'stroke-width="2"{dash}/>'
        )
        parts.append(
            f'<text class="legend" x="{LEFT + 40}" y="{y + 4}" font-size="12">{label}</text>'
        )
    return parts


def loglog_plot(sizes: Sequence[Mapping[str, Any]], title: str = "Time per input size") -> str:
    """An inline <svg> of the submission's and the reference's time per n, with the limit."""
    if not sizes:
        return ""
    reference = [(s["n"], s["reference_seconds"]) for s in sizes]
    limit = [(s["n"], s["limit"]) for s in sizes]
    ran = [s for s in sizes if s.get("verdict", "AC") is not None]  # None: only the reference
    yours = [(s["n"], s["seconds"]) for s in ran if s["seconds"] is not None]
    stopped = [(s["n"], s["limit"]) for s in ran if s["seconds"] is None]
    seconds = [max(v, FLOOR_SECONDS) for _, v in reference + limit + yours]
    axes = _Axes([s["n"] for s in sizes], seconds)
    parts = [
        f'<svg class="plot" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" font-family="{FONT}" '
        'font-size="11" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>',
        *_grid(axes),
        f'<polyline class="limit" fill="none" stroke="{LIMIT}" stroke-width="1.5" '
        f'stroke-dasharray="6 4" points="{axes.points(limit)}"/>',
        *_series(axes, "reference", REFERENCE, reference),
        *(_series(axes, "submission", YOURS, yours) if yours else []),
        *_stopped(axes, stopped),
        *_legend(bool(yours or stopped)),
        "</svg>",
    ]
    return "\n".join(parts)
