import pytest

from judge.grading.growth import fit_exponent, fit_growth, growth_words
from judge.grading.results import SizeTiming
from judge.verdicts import Verdict


@pytest.mark.parametrize(
    ("power", "words"), [(1.0, "~n"), (2.0, "~n^2"), (3.0, "~n^3"), (0.0, "~1")]
)
def test_fit_recovers_the_exponent(power, words):
    points = [(n, 1e-6 * n**power + 1e-3) for n in (1000, 2000, 4000, 8000, 16000)]
    if power == 0:
        points = [(n, 0.01) for n, _ in points]
    exponent = fit_exponent(points)
    assert growth_words(exponent) == words


def test_n_log_n_is_told_apart_from_quadratic():
    import math

    points = [(n, 1e-7 * n * math.log(n)) for n in (8000, 16000, 32000, 64000)]
    assert growth_words(fit_exponent(points)) in ("~n", "~n log n")


def test_stopped_run_counts_as_a_lower_bound():
    sizes = [
        SizeTiming(1000, 0.01, 0.5, 0.001),
        SizeTiming(2000, 0.04, 0.5, 0.002),
        SizeTiming(4000, None, 0.5, 0.004, verdict=Verdict.TLE),
        SizeTiming(8000, None, 0.5, 0.008, verdict=None),  # reference only
    ]
    growth = fit_growth(sizes)
    assert growth.submission.startswith("at least")
    assert growth.reference == "~n"


def test_too_little_data_says_so():
    assert growth_words(fit_exponent([(1000, 0.00001), (2000, 0.00002)])) == "too fast to measure"
