"""Examples and properties of mean_and_variance.

A call's data is `[values]`: the function gets a one-pass stream of them (harness.py).
Answers are compared with the tolerance of challenge.toml (rtol 1e-3, atol 1e-9, as
numpy.isclose reads them), element by element: the mean, then the variance. The generated
streams sit anywhere from 0 to 2e9 away from zero with standard deviations from 0.01 to
1e5: far from zero with a small spread is where the textbook formula sum(x*x)/n - mean**2
loses every
digit, and Hypothesis finds such a stream (and shrinks it) on its own.
"""

import math

from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example, type_name

RTOL, ATOL = 1e-3, 1e-9  # the same as challenge.toml

EXAMPLES = [
    Example(([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0],), (5.0, 4.0), "mean 5, variance 4"),
    Example(([1.5],), (1.5, 0.0), "a single value: variance 0"),
    Example(([3.0, 3.0, 3.0],), (3.0, 0.0), "equal values: variance 0"),
    Example(([-1.0, 1.0],), (0.0, 1.0), "a mean of zero"),
    Example(([0.1, 0.2, 0.3, 0.4],), (0.25, 0.0125), "decimal fractions (not exact in binary)"),
    Example(
        ([1e9 + 4.0, 1e9 + 7.0, 1e9 + 13.0, 1e9 + 16.0],),
        (1e9 + 10.0, 22.5),
        "a large offset and a small spread: 4, 7, 13, 16 plus a billion",
    ),
    Example(
        ([1_700_000_000.0 + 0.25 * i for i in range(20)],),
        (1_700_000_002.375, 2.078125),
        "Unix timestamps a quarter of a second apart",
    ),
    Example(([-2e9 - 1.0, -2e9 + 1.0],), (-2e9, 1.0), "far below zero"),
    Example(([2e9] * 5,), (2e9, 0.0), "equal values far from zero: variance exactly 0"),
    Example(([1e5, -1e5, 1e5, -1e5],), (0.0, 1e10), "a large spread around zero"),
]


@st.composite
def streams(draw, far: bool = False):
    """offset + scale * k for small integers k: anywhere from 0 to 2e9 away from zero,
    with standard deviations from about 0.015 (a single 1 among 39 zeros, times 0.1) to 1e5."""
    steps = draw(st.lists(st.integers(-100, 100), min_size=1, max_size=40))
    scale = draw(st.sampled_from([1.0, 0.1, 10.0, 1000.0]))
    if far:
        magnitude = st.floats(1e6, 2e9) | st.integers(10**6, 2 * 10**9).map(float)
        offset = draw(magnitude) * draw(st.sampled_from([1, -1]))
    else:
        offset = draw(st.floats(-2e9, 2e9) | st.integers(-2 * 10**9, 2 * 10**9).map(float))
    return [offset + scale * k for k in steps]


@given(streams())
def test_returns_two_floats(solution, values):
    """the result is a tuple of two floats, both finite"""
    got = solution(values)
    assert type(got) is tuple and len(got) == 2, f"expected a tuple (mean, variance), got {got!r}"
    for name, number in zip(("mean", "variance"), got, strict=True):
        assert type_name(number) in ("float", "float64", "float32"), (
            f"the {name} should be a float, not {type_name(number)}"
        )
        assert math.isfinite(number), f"the {name} is {number!r}"
    assert got[1] >= 0, f"a variance is never negative, yours is {got[1]!r}"


@given(streams(far=True))
def test_far_from_zero(solution, values):
    """values far from zero with a small spread: the variance stays accurate"""
    solution.check(values)


@given(streams())
def test_matches_reference(solution, values):
    """the mean and the population variance (divided by n) of the stream"""
    solution.check(values)


@given(st.lists(st.integers(-1000, 1000), min_size=2, max_size=30), st.integers(-(10**9), 10**9))
def test_shift_moves_only_the_mean(solution, steps, shift):
    """adding a constant to every value moves the mean by it and leaves the variance"""
    values = [float(k) for k in steps]
    mean, variance = solution(values)
    moved_mean, moved_variance = solution([x + shift for x in values])
    assert math.isclose(moved_mean, mean + shift, rel_tol=RTOL, abs_tol=ATOL), (
        f"adding {shift:,} to every value moved your mean from {mean!r} to {moved_mean!r}"
    )
    assert math.isclose(moved_variance, variance, rel_tol=RTOL, abs_tol=ATOL), (
        f"adding {shift:,} to every value changed your variance from {variance!r} to "
        f"{moved_variance!r}; the spread of the values did not change"
    )
