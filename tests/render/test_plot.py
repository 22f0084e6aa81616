"""The inline SVG log-log plot of the report: both series, the limit, stopped runs, and
axes on which each tenfold step is the same distance."""

import itertools
import re

from judge.render.plot import loglog_plot


def polyline(html: str, kind: str) -> list[tuple[float, float]]:
    """The points of the first <polyline> of class `kind`."""
    match = re.search(rf'<polyline class="{kind}"[^>]* points="([^"]*)"', html)
    assert match, kind
    return [tuple(map(float, pair.split(","))) for pair in match.group(1).split()]


def test_loglog_plot_draws_both_series_the_limit_and_stopped_runs():
    sizes = [
        {"n": 1000, "seconds": 0.001, "limit": 0.05, "reference_seconds": 0.0001},
        {"n": 10000, "seconds": 0.1, "limit": 0.06, "reference_seconds": 0.001, "verdict": "TLE"},
        {"n": 100000, "seconds": None, "limit": 0.08, "reference_seconds": 0.01, "verdict": "TLE"},
        {"n": 1000000, "seconds": None, "limit": 0.5, "reference_seconds": 0.1, "verdict": None},
    ]
    svg = loglog_plot(sizes, title="growth & <limits>")
    assert svg.startswith('<svg class="plot" viewBox=') and svg.endswith("</svg>")
    assert "xmlns" not in svg and "growth &amp; &lt;limits&gt;" in svg
    reference, yours = polyline(svg, "series reference"), polyline(svg, "series submission")
    assert len(reference) == 4 and len(yours) == 2  # stopped and not-run sizes have no time
    assert svg.count('class="stopped"') == 1 and ">stopped</text>" in svg
    # Log-log: each tenfold n is the same step right, each tenfold time the same step up.
    steps = [b[0] - a[0] for a, b in itertools.pairwise(reference)]
    rises = [a[1] - b[1] for a, b in itertools.pairwise(reference)]
    assert max(steps) - min(steps) < 0.2 and max(rises) - min(rises) < 0.2 and min(rises) > 0
    assert yours[1][1] < reference[1][1]  # slower is higher up (SVG y grows downwards)
    assert {"1k", "10k", "100k", "1M"} <= set(re.findall(r'class="tick"[^>]*>([^<]+)<', svg))
    assert loglog_plot([]) == ""


def test_only_the_reference_ran_so_there_is_no_series_of_yours():
    sizes = [
        {"n": 1000, "seconds": None, "limit": 0.05, "reference_seconds": 0.001, "verdict": None},
        {"n": 2000, "seconds": None, "limit": 0.06, "reference_seconds": 0.002, "verdict": None},
    ]
    svg = loglog_plot(sizes)
    assert 'class="series reference"' in svg and 'class="series submission"' not in svg
    assert 'class="stopped"' not in svg and ">your code</text>" not in svg
    assert "<title>Time per input size</title>" in svg


def test_a_single_size_and_a_measured_zero_still_draw():
    svg = loglog_plot([{"n": 500, "seconds": 0.0, "limit": 0.03, "reference_seconds": 0.0}])
    (x, y), *_ = polyline(svg, "series submission")
    (ref_x, ref_y), *_ = polyline(svg, "series reference")
    assert (x, y) == (ref_x, ref_y)  # both zeros sit at the floor of the axis
    assert ">your code</text>" in svg and ">500</text>" in svg


def test_tick_labels_read_as_people_write_them():
    sizes = [
        {"n": 2000, "seconds": 0.00002, "limit": 0.001, "reference_seconds": 0.000005},
        {"n": 5000, "seconds": 0.00005, "limit": 0.002, "reference_seconds": 0.00001},
    ]
    labels = set(re.findall(r'class="tick"[^>]*>([^<]+)<', loglog_plot(sizes)))
    assert {"2k", "5k"} <= labels
    assert {"10 µs", "1 ms"} <= labels  # µs and ms, not 1e-05
