"""Examples and properties of combine_groups.

Answers are compared with the tolerance of challenge.toml (rtol 1e-9, atol 1e-6, as
numpy.isclose reads them), the mean first, then the variance. The examples hold the two
classic mistakes' traps: unequal counts (the average of the group means is wrong there) and
groups with different means (the average of the variances misses the spread between them).
The strongest property builds the groups from a list of values, so the answer is known
without the reference: the mean and population variance of the whole list.
"""

import math
import statistics
from itertools import pairwise

from hypothesis import example, given
from hypothesis import strategies as st

from judge.challenge.authoring import Example, type_name

RTOL, ATOL = 1e-9, 1e-6  # the same as challenge.toml

EXAMPLES = [
    Example(
        ([(3, 175.0, 25.0), (2, 165.0, 16.0)],),
        (171.0, 45.4),
        "3 men and 2 women: not (175 + 165) / 2, and not the average variance",
    ),
    Example(([(10, 2.5, 4.0)],), (2.5, 4.0), "a single group is its own answer"),
    Example(
        ([(1, x, 0.0) for x in (2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0)],),
        (5.0, 4.0),
        "groups of one: the ordinary population variance of the values",
    ),
    Example(
        ([(50, 10.0, 1.0), (50, 20.0, 1.0)],),
        (15.0, 26.0),
        "equal counts: the mean is the average of the means, the variance is not 1",
    ),
    Example(
        ([(1, 5.0, 0.0), (3, 5.0, 6.0)],),
        (5.0, 4.5),
        "equal means: nothing between the groups, the variances weighted by the counts",
    ),
    Example(([(4, 3.0, 0.0), (6, 3.0, 0.0)],), (3.0, 0.0), "every member equal: variance 0"),
    Example(
        ([(1_000_000, 170.0, 50.0), (1, 20.0, 0.0)],),
        (169.99985000015, 50.02244995505007),
        "a million people and one: the one barely moves the mean",
    ),
    Example(([(2, -1.0, 1.0), (2, 1.0, 1.0)],), (0.0, 2.0), "means on both sides of zero"),
    Example(
        ([(120, 176.5, 49.0), (80, 162.0, 36.0), (40, 140.0, 100.0)],),
        (165.58333333333334, 226.11805555555554),
        "three groups",
    ),
    Example(
        ([(1, 0.1, 0.0), (2, 0.2, 0.01)],),
        (0.16666666666666669, 0.008888888888888889),
        "decimal fractions (not exact in binary)",
    ),
    Example(
        ([(3, 10000.0, 0.0), (1, -10000.0, 0.0)],),
        (5000.0, 75000000.0),
        "the spread between the groups is all of the variance",
    ),
]

counts = st.integers(1, 10) | st.integers(1, 10**6)
means = st.floats(-1e4, 1e4) | st.integers(-100, 100).map(float)


@st.composite
def group(draw):
    count = draw(counts)
    variance = 0.0 if count == 1 else draw(st.floats(0.0, 1e6) | st.just(0.0))
    return (count, draw(means), variance)


groups = st.lists(group(), min_size=1, max_size=20)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=RTOL, abs_tol=ATOL)


def _summaries(values: list[float], cuts: list[int]) -> list[tuple[int, float, float]]:
    """The list cut into consecutive non-empty groups, each as (count, mean, variance)."""
    inside = sorted({cut for cut in cuts if 0 < cut < len(values)})
    bounds = [0, *inside, len(values)]
    chunks = [values[a:b] for a, b in pairwise(bounds)]
    return [(len(c), statistics.fmean(c), statistics.pvariance(c)) for c in chunks]


@given(groups)
@example(groups=[(1, 52.90763526919909, 0.0), (2, 52.90763526919909, 0.0)])  # rounds below 0
def test_returns_two_floats(solution, groups):
    """the result is a tuple (mean, variance) of two finite floats, the variance >= 0"""
    got = solution(groups)
    assert type(got) is tuple and len(got) == 2, f"expected a tuple (mean, variance), got {got!r}"
    for name, number in zip(("mean", "variance"), got, strict=True):
        assert type_name(number) in ("float", "float64", "float32"), (
            f"the {name} should be a float, not {type_name(number)}"
        )
        assert math.isfinite(number), f"the {name} is {number!r}"
    assert got[1] >= 0, f"a variance is never negative, yours is {got[1]!r}"


@given(groups)
def test_matches_reference(solution, groups):
    """the mean weighted by the counts, and the variance within plus between the groups"""
    solution.check(groups)


@given(
    st.lists(st.integers(-2000, 2000).map(lambda k: k / 4), min_size=1, max_size=40),
    st.lists(st.integers(0, 40), max_size=6),
)
def test_groups_cut_from_a_list(solution, values, cuts):
    """groups cut from one list of values give that list's mean and population variance"""
    groups = _summaries(values, cuts)
    mean, variance = solution(groups)
    want_mean, want_variance = statistics.fmean(values), statistics.pvariance(values)
    assert _close(mean, want_mean), (
        f"the values {values} have mean {want_mean!r}; cut into the groups {groups} your "
        f"mean is {mean!r}"
    )
    assert _close(variance, want_variance), (
        f"the values {values} have population variance {want_variance!r}; cut into the groups "
        f"{groups} your variance is {variance!r}"
    )


@given(groups)
def test_order_does_not_matter(solution, groups):
    """the order of the groups does not change the answer"""
    forward, backward = solution(groups), solution(groups[::-1])
    for name, a, b in zip(("mean", "variance"), forward, backward, strict=True):
        assert _close(a, b), f"reversing the groups changed your {name} from {a!r} to {b!r}"


@given(groups, groups)
def test_combining_in_two_steps(solution, first, second):
    """combining two halves first, then the two results, gives the same answer"""
    n1, n2 = sum(g[0] for g in first), sum(g[0] for g in second)
    at_once = solution(first + second)
    in_steps = solution([(n1, *solution(first)), (n2, *solution(second))])
    for name, a, b in zip(("mean", "variance"), at_once, in_steps, strict=True):
        assert _close(a, b), (
            f"combining all the groups at once gives the {name} {a!r}, but combining each "
            f"half first and then the two halves gives {b!r}"
        )
