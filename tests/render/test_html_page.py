"""The HTML report, rendered from a recorded round: its content, its plot, that it is
self-contained, and that a real browser (headless Chromium) draws it. `.ci/run` installs
Chromium where it is missing and sets JUDGE_REQUIRE_BROWSER=1, so on CI the browser test
fails rather than skips; elsewhere it skips, saying why."""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

import pytest

from judge.challenge import catalog
from judge.practice import scorecard
from judge.practice.store import Store
from judge.render.html_page import render_report

from ..roundkit import MS_QUADRATIC, MS_REFERENCE, ZSP_WRONG, put, run, use_two_challenges
from . import browser
from .browser import chromium
from .test_plot import polyline


@pytest.fixture(autouse=True)
def two_challenges(tmp_path, monkeypatch):
    return use_two_challenges(tmp_path, monkeypatch)


@pytest.fixture
def recorded_round(isolated_workspace) -> Path:
    """Round 1: max-subarray TLE then AC (full checks: the speed tier runs), zero-sum-pair
    WA, then the end's final gradings (--quick). Returns the report written for it."""
    assert run("round", "start", "max-subarray", "zero-sum-pair", "--quick").exit_code == 0
    folder = isolated_workspace / "rounds" / "1"
    put(folder / "max_subarray.py", MS_QUADRATIC)
    assert run("check", "max-subarray").exit_code == 1
    put(folder / "max_subarray.py", MS_REFERENCE)
    assert run("check", "max-subarray").exit_code == 0
    put(folder / "zero_sum_pair.py", ZSP_WRONG)
    assert run("check", "zero-sum-pair", "--quick").exit_code == 1
    assert run("round", "end").exit_code == 0
    target = isolated_workspace / "out" / "round.html"
    result = run("report", "--round", "1", "-o", target)
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote {target}\n"
    return target


def test_round_report_has_the_scorecard_history_and_plots(recorded_round, isolated_workspace):
    html = recorded_round.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<h1>Round 1</h1>" in html
    for slug in ("max-subarray", "zero-sum-pair"):
        assert slug in html and catalog.find_challenge(slug).title in html
    # Per-challenge verdict history: TLE then AC (then the final grading), WA.
    section = html[html.index('id="max-subarray"') : html.index('id="zero-sum-pair"')]
    badges = re.findall(r'<span class="badge v-(\w+)" title="[^"]+">', section)
    assert badges == ["TLE", "AC", "AC"]
    assert "perf TLE" in section and "1 final" in section
    assert 'class="badge v-WA"' in html[html.index('id="zero-sum-pair"') :]
    # The scorecard's numbers are the store's.
    with Store(isolated_workspace / ".judge") as db:
        card = scorecard.for_round(db, db.round(1))
    assert f"{card.total} / {card.possible}" in html
    assert card.rows[0].verdict == "AC"
    # The speed plot of the latest attempt whose speed tier ran: 9 sizes, both series.
    sizes = len(catalog.find_challenge("max-subarray").performance.sizes)
    yours, reference = polyline(section, "series submission"), polyline(section, "series reference")
    assert len(yours) == len(reference) == len(polyline(section, "limit")) == sizes
    assert [x for x, _ in yours] == [x for x, _ in reference] == sorted(x for x, _ in yours)
    assert section.count('class="point reference"') == sizes
    assert section.count('class="point submission"') == sizes
    assert "input size n (log scale)" in section
    assert "zero-sum-pair" in html and "<svg" not in html[html.index('id="zero-sum-pair"') :]


def test_the_report_is_self_contained_and_printable(recorded_round):
    html = recorded_round.read_text(encoding="utf-8")
    assert not re.search(r"https?://", html)
    assert "<script" not in html and " src=" not in html and "url(" not in html
    assert "@import" not in html and "<link" not in html
    assert "@media print" in html and "<style>" in html


def test_whole_catalogue_report_by_default(isolated_workspace, tmp_path):
    mine = tmp_path / "mine.py"
    put(mine, ZSP_WRONG)
    run("check", "zero-sum-pair", "--file", mine, "--quick")
    result = run("report")
    assert result.exit_code == 0
    html = (isolated_workspace / "judge-report.html").read_text()
    assert "<h1>All challenges</h1>" in html
    assert "Maximum subarray sum" in html and "not graded" in html  # in the scorecard only
    assert 'id="zero-sum-pair"' in html and 'id="max-subarray"' not in html


def test_report_errors_are_one_sentence(isolated_workspace):
    unknown = run("report", "--round", "9")
    assert unknown.exit_code == 2 and unknown.output == "Error: There is no round 9.\n"
    folder = run("report", "-o", isolated_workspace)
    assert folder.exit_code == 2
    assert (
        folder.output == f"Error: {isolated_workspace} is a directory; give a file name with -o.\n"
    )


def test_report_renders_from_the_library_with_a_fixed_time(isolated_workspace, time_zone):
    """The time is the learner's local one: the same instant reads differently by zone."""
    with Store(isolated_workspace / ".judge") as db:
        time_zone("UTC0")
        assert "Generated by judge on 2027-01-15 08:00" in render_report(db, now=1_800_000_000)
        time_zone("HST10")  # Honolulu: ten hours behind, the day before
        assert "Generated by judge on 2027-01-14 22:00" in render_report(db, now=1_800_000_000)


def _png_has_content(path: Path) -> bool:
    """Decode the PNG's pixel data (zlib) and tell a drawn page from a blank one."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    offset, idat = 8, b""
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        if kind == b"IDAT":
            idat += data[offset + 8 : offset + 8 + length]
        offset += 12 + length
    pixels = zlib.decompress(idat)
    return len(set(pixels)) > 32  # text, badges and a plot: many shades; blank: a few


def test_chromium_draws_the_report(recorded_round, tmp_path):
    png = tmp_path / "report.png"
    chromium(
        f"--screenshot={png}",
        "--window-size=1200,1600",
        recorded_round.as_uri(),
        profile=tmp_path / "profile",
    )
    # The screenshot stays in this test's tmp_path (pytest keeps the last runs' folders).
    assert png.is_file() and png.stat().st_size > 10_000, png
    assert _png_has_content(png), png


def test_a_missing_browser_skips_with_why_and_fails_on_ci(monkeypatch, tmp_path):
    monkeypatch.setattr(browser, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.delenv("JUDGE_REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install -y chromium"):
        browser.chromium_or_skip()
    monkeypatch.setenv("JUDGE_REQUIRE_BROWSER", "1")  # as .ci/run sets it
    with pytest.raises(pytest.fail.Exception, match="is not installed"):
        browser.chromium_or_skip()
