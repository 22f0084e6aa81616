"""The report's calendar heat map: accepted solutions per day, as one inline SVG.

A column per week (Monday at the top), the last ~26 weeks up to today, one square per day
shaded by how many challenges got a new accepted solution that day (0, 1, 2, 3, 4 or more),
with month and weekday labels, a legend, and a tooltip (`<title>`) per day. The colours are
attributes, not CSS, so the map looks the same wherever the file is opened; no script, no
address to fetch. Month and weekday names are fixed English abbreviations, never the
machine's locale.
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

WEEKS = 26
CELL, GAP = 11, 3
LEFT, TOP = 22, 14  # room for the weekday and month labels
LEVELS = ("#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39")  # none ... 4 or more
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = {0: "Mon", 2: "Wed", 4: "Fri"}


def level(count: int) -> int:
    return min(count, len(LEVELS) - 1)


def first_day(today: date, weeks: int = WEEKS) -> date:
    """The Monday that starts the first column."""
    return today - timedelta(days=today.weekday(), weeks=weeks - 1)


def _month_labels(start: date, weeks: int) -> dict[int, str]:
    """Column -> month name, at each column holding a month's first day (and at the first
    column, when the next label is far enough away not to overlap)."""
    labels = {}
    for column in range(weeks):
        monday = start + timedelta(weeks=column)
        first = next(
            (monday + timedelta(d) for d in range(7) if (monday + timedelta(d)).day == 1), None
        )
        if first is not None:
            labels[column] = MONTHS[first.month - 1]
    if not any(column < 3 for column in labels):
        labels[0] = MONTHS[start.month - 1]
    return labels


def heatmap_svg(per_day: dict[date, int], today: date, weeks: int = WEEKS) -> str:
    start = first_day(today, weeks)
    step = CELL + GAP
    width = LEFT + weeks * step + 4
    legend_y = TOP + 7 * step + 8
    height = legend_y + CELL + 4
    parts = [
        f'<svg class="heatmap" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="accepted solutions per day, '
        f'{start.isoformat()} to {today.isoformat()}">'
    ]
    for row, name in WEEKDAYS.items():
        y = TOP + row * step + CELL - 2
        parts.append(
            f'<text class="weekday" x="0" y="{y}" font-size="7" fill="#59636e">{name}</text>'
        )
    labels = _month_labels(start, weeks)
    for column in range(weeks):
        monday = start + timedelta(weeks=column)
        if column in labels:
            parts.append(
                f'<text class="month" x="{LEFT + column * step}" y="10" font-size="7" '
                f'fill="#59636e">{labels[column]}</text>'
            )
        for row in range(7):
            day = monday + timedelta(days=row)
            if day > today:
                break
            count = per_day.get(day, 0)
            noun = "solution" if count == 1 else "solutions"
            x, y = LEFT + column * step, TOP + row * step
            parts.append(
                f'<rect class="day l{level(count)}" x="{x}" y="{y}" width="{CELL}" '
                f'height="{CELL}" rx="2" fill="{LEVELS[level(count)]}" '
                f'data-date="{day.isoformat()}" data-count="{count}">'
                f"<title>{escape(day.isoformat())}: {count} accepted {noun}</title></rect>"
            )
    x = width - 4 - len(LEVELS) * step - 60
    parts.append(
        f'<text x="{x}" y="{legend_y + CELL - 2}" font-size="7" fill="#59636e">less</text>'
    )
    for index, colour in enumerate(LEVELS):
        parts.append(
            f'<rect class="legend" x="{x + 26 + index * step}" y="{legend_y}" width="{CELL}" '
            f'height="{CELL}" rx="2" fill="{colour}"/>'
        )
    end = x + 26 + len(LEVELS) * step + 2
    parts.append(
        f'<text x="{end}" y="{legend_y + CELL - 2}" font-size="7" fill="#59636e">more</text>'
    )
    parts.append("</svg>")
    return "".join(parts)
