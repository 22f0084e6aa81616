"""The report's calendar heat map and per-tag summary: the SVG itself, the report through the
CLI with a fixed clock, and (where headless Chromium exists) that a browser draws the map."""

from __future__ import annotations

import re
import struct
import subprocess
import zlib
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge.cli import main
from judge.grading.results import CheckResult, TierKind, TierResult
from judge.practice import stats, store, workspace
from judge.render.heatmap import LEVELS, WEEKS, first_day, heatmap_svg
from judge.verdicts import Verdict

from .browser import chromium

# Mid-January: no time zone changes its clocks near these days, so local days are 24 h apart.
NOON = 1_736_942_400.0  # 2025-01-15 12:00 UTC
DAY = 86_400.0


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def cells(svg: str) -> list[dict[str, str]]:
    return [
        dict(re.findall(r'([\w-]+)="([^"]*)"', match))
        for match in re.findall(r"<rect ([^>]*class=\"day[^>]*)>", svg)
    ]


def test_one_square_per_day_of_the_last_26_weeks_shaded_by_count():
    today = date(2025, 1, 15)  # a Wednesday
    per_day = {today: 1, today - timedelta(days=1): 2, date(2024, 12, 1): 7}
    svg = heatmap_svg(per_day, today)
    assert svg.startswith('<svg class="heatmap" viewBox=') and svg.endswith("</svg>")
    squares = cells(svg)
    start = first_day(today)
    assert start.weekday() == 0 and (today - start).days == 7 * (WEEKS - 1) + 2
    assert len(squares) == (today - start).days + 1  # none for the days after today
    assert squares[0]["data-date"] == start.isoformat()
    assert squares[-1]["data-date"] == today.isoformat()
    by_date = {s["data-date"]: s for s in squares}
    assert by_date["2025-01-15"]["fill"] == LEVELS[1]
    assert by_date["2025-01-14"]["fill"] == LEVELS[2]
    assert by_date["2024-12-01"]["fill"] == LEVELS[4]  # 4 or more: the darkest
    assert by_date["2025-01-13"]["fill"] == LEVELS[0]
    assert "<title>2024-12-01: 7 accepted solutions</title>" in svg
    assert "<title>2025-01-15: 1 accepted solution</title>" in svg
    # Columns are weeks (x grows by week), rows weekdays (Monday on top).
    monday, sunday = by_date["2025-01-13"], by_date["2025-01-12"]
    assert int(monday["x"]) > int(sunday["x"]) and int(monday["y"]) < int(sunday["y"])
    months = re.findall(r'<text class="month"[^>]*>(\w+)</text>', svg)
    assert months[-3:] == ["Nov", "Dec", "Jan"] and len(months) == len(set(months))
    assert "<script" not in svg and "http" not in svg


def test_streaks_count_consecutive_days_up_to_today_or_yesterday():
    today = date(2025, 1, 15)
    days = {today - timedelta(days=n) for n in (1, 2, 3, 7, 8, 9, 10, 11)}
    assert stats.streaks(days, today) == (3, 5)  # today may still come: yesterday counts
    assert stats.streaks(days | {today}, today) == (4, 5)
    assert stats.streaks({today - timedelta(days=2)}, today) == (0, 1)
    assert stats.streaks(set(), today) == (0, 0)


def accepted(slug: str, marker: str) -> CheckResult:
    tier = TierResult(TierKind.EXAMPLES, "Examples", True, Verdict.AC, fraction=1.0)
    return CheckResult(slug, f"{marker}.py", [tier])


@pytest.fixture
def solved_days(isolated_workspace, monkeypatch, tmp_path) -> list[float]:
    """Accepted solutions recorded at fixed times: 1 on day 0, 2 on day 1, 4 on each of days
    3 to 7, then a re-check of day 7's file (not a new solution). Returns the times."""
    slugs = ["max-subarray", "zero-sum-pair", "is-palindrome", "missing-element"]
    plan = [(0, 1), (1, 2)] + [(day, 4) for day in range(3, 8)]
    times = []
    with store.Store(workspace.state_dir()) as db:
        for day, count in plan:
            for index in range(count):
                when = NOON + day * DAY + index * 60
                monkeypatch.setenv("JUDGE_NOW", str(when))
                file = tmp_path / f"day{day}-{index}.py"
                file.write_text(f"# solved on day {day}, #{index}\n")
                db.record_check(accepted(slugs[index], file.stem), file)
                times.append(when)
        db.record_check(accepted(slugs[0], "again"), tmp_path / "day7-0.py")
    monkeypatch.setenv("JUDGE_NOW", str(NOON + 7 * DAY + 3600))
    return times


def test_the_catalogue_report_has_the_heat_map_and_the_tags(solved_days, isolated_workspace):
    target = isolated_workspace / "report.html"
    result = run("report", "-o", target)
    assert result.exit_code == 0, result.output
    html = target.read_text(encoding="utf-8")
    svg = html[html.index('<svg class="heatmap"') : html.index("</svg>", html.index("heatmap"))]
    counts = {s["data-date"]: int(s["data-count"]) for s in cells(svg)}
    day = [stats.local_day(NOON + n * DAY).isoformat() for n in range(8)]
    assert [counts[d] for d in day] == [1, 2, 0, 4, 4, 4, 4, 4]
    assert "23 accepted solutions on 7 days in the last 26 weeks; streak 5 days (longest 5)." in (
        html
    )
    tags = html[html.index('id="tags"') : html.index("</table>", html.index('id="tags"'))]
    row = re.search(r"<td>arrays</td>\s*<td[^>]*>.*?(\d+) / (\d+)</td>", tags, re.S)
    assert row and row.groups() == ("2", "2")  # max-subarray and zero-sum-pair
    assert "<script" not in html and not re.search(r"https?://", html)


def test_a_round_report_has_no_heat_map(solved_days, isolated_workspace):
    assert run("round", "start", "max-subarray", "--minutes", "5").exit_code == 0
    assert run("round", "abandon").exit_code == 0
    target = isolated_workspace / "round.html"
    assert run("report", "--round", "1", "-o", target).exit_code == 0
    html = target.read_text(encoding="utf-8")
    assert "heatmap" not in html.split("</style>")[1] and 'id="tags"' not in html


def _pixels(path: Path) -> list[tuple[int, int, int]]:
    """Every pixel of an 8-bit RGB or RGBA PNG, as (r, g, b): the filters undone."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    offset, idat, header = 8, b"", None
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind, body = data[offset + 4 : offset + 8], data[offset + 8 : offset + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        offset += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    channels = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * channels
    previous, pixels, position = bytearray(stride), [], 0
    for _ in range(height):
        kind, line = raw[position], bytearray(raw[position + 1 : position + 1 + stride])
        position += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                best = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + best) & 255
        pixels.extend(tuple(line[i : i + 3]) for i in range(0, stride, channels))
        previous = line
    return pixels


def _chromium(*args: str, profile: Path) -> subprocess.CompletedProcess:
    return chromium("--force-color-profile=srgb", *args, profile=profile)


def test_chromium_draws_the_heat_map(solved_days, isolated_workspace, tmp_path):
    target = isolated_workspace / "report.html"
    assert run("report", "-o", target).exit_code == 0
    # The map is in the DOM the browser built from the file ...
    dom = _chromium("--dump-dom", target.as_uri(), profile=tmp_path / "dom").stdout.decode()
    squares = cells(dom[dom.index('<svg class="heatmap"') :])
    today = stats.local_day(NOON + 7 * DAY)
    assert len(squares) == (today - first_day(today)).days + 1
    # ... and on screen: the darkest green is drawn for the 5 busiest days and the legend.
    png = tmp_path / "report.png"
    _chromium(
        f"--screenshot={png}", "--window-size=1200,900", target.as_uri(), profile=tmp_path / "s"
    )
    pixels = _pixels(png)
    darkest = tuple(int(LEVELS[4][i : i + 2], 16) for i in (1, 3, 5))
    lightest = tuple(int(LEVELS[1][i : i + 2], 16) for i in (1, 3, 5))
    square = sum(1 for p in pixels if p == darkest) / 6  # 5 days + 1 legend square
    assert square >= 100, f"the darkest squares cover only {square:.0f} pixels each"
    assert sum(1 for p in pixels if p == lightest) >= square  # day 0 and its legend square
