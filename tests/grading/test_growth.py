"""The growth fit: candidate classes compared, ties said, stops respected, claims judged."""

import math
import random

import pytest

from judge.grading.growth import classify, fit_growth, measurable, parse_claim, words
from judge.grading.results import SizeTiming
from judge.verdicts import Verdict

SIZES = (1000, 2000, 4000, 8000, 16000, 32000)
TRUE_CLASSES = {
    "1": lambda n: 0.002,
    "log n": lambda n: 0.001 * math.log(n),
    "n": lambda n: 2e-7 * n,
    "n log n": lambda n: 2e-8 * n * math.log(n),
    "n^2": lambda n: 1e-9 * n * n,
    "n^3": lambda n: 1e-13 * n**3,
}


def named(points, stopped=()):
    return [fit.name for fit in classify(measurable(points), stopped)]


@pytest.mark.parametrize("true_class", sorted(TRUE_CLASSES))
def test_the_true_class_is_among_the_words_under_ten_percent_noise(true_class):
    rng = random.Random(7)
    time_of = TRUE_CLASSES[true_class]
    for _ in range(20):
        points = [(n, time_of(n) * rng.uniform(0.9, 1.1)) for n in SIZES]
        assert true_class in named(points), (true_class, points)


def test_a_fixed_overhead_does_not_hide_linear_growth():
    points = [(n, 0.01 + 5e-7 * n) for n in (8000, 16000, 32000, 64000)]
    assert "n" in named(points)
    assert "1" not in named(points) and "n^2" not in named(points)


def test_exponential_growth_at_small_n():
    points = [(n, 1e-6 * 2**n) for n in (10, 12, 14, 16, 18, 20)]
    assert named(points) == ["2^n"]


def test_exponential_is_no_candidate_at_large_n():
    points = [(n, 1e-9 * n * n) for n in SIZES]
    assert "2^n" not in named(points)


def test_a_stop_rules_out_classes_that_predict_less_than_the_limit():
    # Measured times fit ~n, but the run was stopped at a limit ~n could never reach there.
    points = [(1000, 0.001), (2000, 0.002), (4000, 0.004)]
    assert "n" in named(points)
    assert "n" not in named(points, stopped=[(8000, 1.0)])


def test_two_points_name_no_class():
    assert named([(1000, 0.01), (2000, 0.04)]) == []
    assert words([], 2.0, 2) == "~n^2.0 (from only 2 sizes)"
    assert words([], None, 0) == "too fast to measure"


def test_a_tie_is_said_as_both():
    assert words(["n", "n log n"], 1.1, 5) == "~n or ~n log n"


def test_growth_of_a_stopped_run_says_where_and_projects_the_largest_size():
    sizes = [SizeTiming(n, 1e-8 * n * n, 10.0, 1e-6 * n) for n in (250, 500, 1000, 2000)]
    sizes.append(SizeTiming(4000, None, 0.1, 0.004, verdict=Verdict.TLE))
    sizes.append(SizeTiming(64000, None, 0.5, 0.064, verdict=None))  # the reference only
    growth = fit_growth(sizes, claim="n")
    assert growth.submission_classes == ["n^2"] and growth.stopped_at == 4000
    assert growth.points == 4 and growth.largest_n == 2000
    assert growth.projected_n == 64000
    assert growth.projected_seconds == pytest.approx(1e-8 * 64000**2, rel=0.2)
    assert growth.claimed == "n" and growth.claim_agrees is False


def test_a_run_that_finished_too_late_is_projected_like_a_stopped_one():
    """Finished past its limit (between two looks at its CPU, or before the worker's timer
    fired): over the limit all the same, so the words say where, and the largest size is
    projected. This once flaked test_quadratic_gets_tle_with_growth_next_to_the_reference."""
    sizes = [SizeTiming(n, 1e-8 * n * n, 10.0, 1e-6 * n) for n in (250, 500, 1000)]
    sizes.append(SizeTiming(2000, 0.045, 0.04, 0.002, verdict=Verdict.TLE))
    sizes.append(SizeTiming(64000, None, 0.5, 0.064, verdict=None))  # the reference only
    growth = fit_growth(sizes)
    assert growth.submission_classes == ["n^2"] and growth.stopped_at == 2000
    assert growth.projected_n == 64000 and growth.projected_seconds > growth.projected_limit


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        ("# complexity: O(n log n)", "n log n"),
        ("# Complexity: O(n^2)", "n^2"),
        ("# complexity = O(n**2)", "n^2"),
        ("# complexity: O(N)", "n"),
        ("# complexity: O(1)", "1"),
        ("# complexity: O(log n)", "log n"),
        ("# complexity: O(n * log(n))", "n log n"),
        ("# complexity: O(2^n)", "2^n"),
        ("# complexity: O(nk)", None),  # not a class the judge measures
        ("no claim here", None),
    ],
)
def test_claims_are_read_from_the_file(text, claimed):
    assert parse_claim(text) == claimed
