"""Examples and properties of best_split.

A call's data is `[x, y]` (see harness.py): the function gets a fresh float64 array x and a
fresh int64 array y of 0s and 1s. Answers are compared with the reference's with the
tolerance of challenge.toml (rtol 1e-9, atol 1e-12): far tighter than the gap between two
candidate thresholds or two distinct impurities on these data, far looser than the last-bit
differences between two ways of computing the same midpoint or impurity. Which split is the
best is decided exactly by the reference (integer fractions, ties to the lowest
threshold), so a tie broken by floating-point noise picks the wrong threshold and fails.
Many of the generated features are small integers with many repeats, where exact ties are
the rule.
"""

from fractions import Fraction

import numpy as np
from hypothesis import assume, given
from hypothesis import strategies as st

from judge.challenge.authoring import Example

EXAMPLES = [
    Example(([1.0, 2.0, 3.0, 4.0], [0, 0, 1, 1]), (2.5, 0.0), "a perfect split"),
    Example(([3.0, 1.0, 4.0, 2.0], [1, 0, 1, 0]), (2.5, 0.0), "x not sorted"),
    Example(([1.0, 2.0], [0, 1]), (1.5, 0.0), "two samples: the only split"),
    Example(
        ([1.0, 2.0, 3.0, 4.0], [0, 1, 1, 0]),
        (1.5, 1 / 3),
        "a tie between 1.5 and 3.5: the lowest threshold wins",
    ),
    Example(
        ([1.0, 2.0, 3.0, 4.0], [0, 1, 0, 1]),
        (1.5, 1 / 3),
        "a tie that floating point hides: 1/3 comes out as 0.33333333333333337 at 1.5 and "
        "0.3333333333333333 at 3.5 with 1 - p^2 - q^2; compared exactly, 1.5 wins",
    ),
    Example(
        ([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [0, 0, 1, 0, 1, 1]),
        (2.5, 0.25),
        "a tie between 2.5 and 4.5, neither symmetric to the other",
    ),
    Example(
        ([1.0, 2.0, 3.0], [1, 1, 1]),
        (1.5, 0.0),
        "one class only: every split is pure, the lowest threshold wins",
    ),
    Example(
        ([1.0, 1.0, 2.0, 2.0, 3.0], [0, 1, 0, 1, 1]),
        (2.5, 0.4),
        "repeated values: equal values always go to the same side",
    ),
    Example(
        ([5.0, 5.0, 5.0, 7.0], [0, 1, 1, 1]),
        (6.0, 1 / 3),
        "two distinct values: a single possible split",
    ),
    Example(
        ([2.0, 2.0, 2.0, 9.0, 9.0], [1, 0, 1, 0, 1]),
        (5.5, 7 / 15),
        "neither side pure",
    ),
    Example(([-1.5, -0.5, 0.25], [1, 0, 0]), (-1.0, 0.0), "negative and fractional values"),
    Example(([0.0, 1000000.0], [0, 1]), (500000.0, 0.0), "the midpoint of a large gap"),
    Example(
        ([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8], [1, 1, 0, 0, 0, 0, 1, 1]),
        (0.25, 1 / 3),
        "decimal values, and a tie between 0.25 and 0.65",
    ),
]


# -- features and labels ---------------------------------------------------------------------
SMALL_INTEGERS = st.integers(-5, 5).map(float)  # repeats and exact ties galore
DECIMALS = st.integers(-(10**6), 10**6).map(lambda k: k / 1000)  # |x| <= 1000, 3 decimals


@st.composite
def samples(draw):
    """(x, y) with at least two distinct values of x."""
    n = draw(st.integers(2, 40))
    element = draw(st.sampled_from([SMALL_INTEGERS, DECIMALS]))
    x = draw(st.lists(element, min_size=n, max_size=n))
    assume(len(set(x)) >= 2)
    y = draw(st.lists(st.integers(0, 1), min_size=n, max_size=n))
    return x, y


def _impurity(x: np.ndarray, y: np.ndarray, threshold: float) -> Fraction:
    """The weighted Gini impurity of the split x <= threshold, exactly."""
    n = len(x)
    total = Fraction(0)
    for side in (y[x <= threshold], y[x > threshold]):
        if len(side):
            p = Fraction(int(side.sum()), len(side))
            total += Fraction(len(side), n) * 2 * p * (1 - p)
    return total


@given(samples())
def test_matches_reference(solution, case):
    """the lowest weighted Gini impurity, at the lowest threshold among exact ties"""
    solution.check(*case)


@given(samples())
def test_threshold_is_a_midpoint(solution, case):
    """the threshold is the midpoint of two adjacent distinct values, and the impurity
    returned is the impurity of that split"""
    x, y = np.array(case[0]), np.array(case[1])
    got = solution(*case)
    if type(got) is tuple and len(got) == 2 and all(isinstance(v, float) for v in got):
        threshold, impurity = got
        values = np.unique(x)
        midpoints = (values[:-1] + values[1:]) / 2
        if threshold in values:
            at = int(np.searchsorted(values, threshold))
            hint = ""
            if at + 1 < len(values):
                hint = f"; the midpoint to the next value is {(threshold + values[at + 1]) / 2!r}"
            raise AssertionError(
                f"your threshold {threshold!r} is a value of x itself, not the midpoint "
                f"between two adjacent distinct values{hint}"
            )
        nearest = midpoints[np.argmin(np.abs(midpoints - threshold))]
        if np.isclose(threshold, nearest, rtol=1e-9, atol=1e-12):
            exact = _impurity(x, y, nearest)
            assert np.isclose(impurity, float(exact), rtol=1e-9, atol=1e-12), (
                f"the split at {threshold!r} has a weighted Gini impurity of {float(exact)!r} "
                f"({exact}), but you returned {impurity!r}"
            )
    solution.check(*case)


@st.composite
def mirrored(draw):
    """x = 0, 1, ..., n - 1 and labels that read the same backwards: every split has a
    mirror image with the same impurity, so the best one is always tied."""
    half = draw(st.lists(st.integers(0, 1), min_size=1, max_size=12))
    middle = draw(st.lists(st.integers(0, 1), max_size=1))
    y = half + middle + half[::-1]
    return [float(i) for i in range(len(y))], y


@given(mirrored())
def test_ties_go_to_the_lowest_threshold(solution, case):
    """labels that read the same backwards: the best split has a mirror image, and the
    lower of the two thresholds wins"""
    solution.check(*case)


def _raised_value_error(solution, x, y):
    """Whether solution(x, y) raised ValueError; any other exception is re-raised."""
    try:
        got = solution(x, y)
    except ValueError:  # the reference, called directly under plain pytest
        return True, None
    except Exception as exc:  # the judge: the submission's exception, as it reported it
        failure = getattr(exc, "failure", None)
        if failure is not None and str(failure.error).startswith("ValueError"):
            return True, None
        raise
    return False, got


@given(
    st.one_of(SMALL_INTEGERS, DECIMALS),
    st.lists(st.integers(0, 1), max_size=20),
)
def test_fewer_than_two_distinct_values(solution, value, y):
    """fewer than two distinct values (all equal, one sample, none) raise ValueError"""
    x = [value] * len(y)
    raised, got = _raised_value_error(solution, x, y)
    assert raised, (
        f"with {len(x)} sample(s) and {'no' if not x else 'a single'} distinct value of x "
        f"there is no split, but your function returned {got!r}; raise ValueError"
    )
