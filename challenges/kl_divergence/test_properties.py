"""Examples and properties of kl_divergence.

A call's data is `[p, q]`: lists or arrays the harness turns into float64 arrays. Answers
are compared with the tolerance of challenge.toml (rtol 1e-9, atol 1e-12, as numpy.isclose
reads them); inf is close only to inf and nan to nothing. The generated distributions have
zeros in p, in q, and in both, in one or two dimensions; weights are small integers or
floats of at least 1e-3, normalised, so no entry is so small that p / q overflows.
"""

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from judge.challenge.authoring import Example, type_name

RTOL, ATOL = 1e-9, 1e-12  # the same as challenge.toml
LN2 = math.log(2)

EXAMPLES = [
    Example(([0.5, 0.5], [0.5, 0.5]), 0.0, "equal distributions: 0"),
    Example(([1.0], [1.0]), 0.0, "a single entry"),
    Example(([0.5, 0.5], [0.25, 0.75]), 0.5 * math.log(2) + 0.5 * math.log(2 / 3), "two coins"),
    Example(
        ([0.25, 0.75], [0.5, 0.5]),
        0.25 * math.log(0.5) + 0.75 * math.log(1.5),
        "the same coins the other way round: not symmetric",
    ),
    Example(([1.0, 0.0], [0.5, 0.5]), LN2, "p_i = 0 contributes 0 (not nan): ln 2"),
    Example(([0.5, 0.5], [1.0, 0.0]), math.inf, "p_i > 0 where q_i = 0: inf"),
    Example(
        ([0.5, 0.0, 0.5], [0.5, 0.0, 0.5]),
        0.0,
        "p_i = q_i = 0 contributes 0 (0/0 is no term at all)",
    ),
    Example(
        ([0.0, 0.5, 0.5], [0.5, 0.25, 0.25]),
        LN2,
        "p has a zero where q does not: ln 2, in nats (1 bit)",
    ),
    Example(
        ([1.0, 0.0, 0.0, 0.0], [0.25, 0.25, 0.25, 0.25]), math.log(4), "a certainty against uniform"
    ),
    Example(
        ([[0.25, 0.25], [0.0, 0.5]], [[0.25, 0.25], [0.25, 0.25]]),
        0.5 * LN2,
        "a 2-D joint distribution: the sum runs over every entry",
    ),
    Example(
        ([0.1, 0.2, 0.3, 0.4], [0.4, 0.3, 0.2, 0.1]),
        0.1 * math.log(0.25) + 0.2 * math.log(2 / 3) + 0.3 * math.log(1.5) + 0.4 * math.log(4),
        "reversed weights",
    ),
    Example(
        ([1e-9, 1 - 1e-9], [0.5, 0.5]),
        1e-9 * math.log(2e-9) + (1 - 1e-9) * math.log(2 * (1 - 1e-9)),
        "a tiny probability",
    ),
]

WEIGHTS = st.integers(0, 50).map(float) | st.floats(1e-3, 1.0) | st.just(0.0)


@st.composite
def shapes(draw):
    if draw(st.booleans()):
        return (draw(st.integers(1, 40)),)
    return (draw(st.integers(1, 6)), draw(st.integers(1, 6)))


def _normalised(weights: np.ndarray) -> np.ndarray:
    if weights.sum() == 0:
        weights = weights.copy()
        weights.flat[0] = 1.0
    return weights / weights.sum()


@st.composite
def pairs(draw, finite: bool = False):
    """Two distributions of one shape; with `finite`, q is positive wherever p is."""
    shape = draw(shapes())
    p = _normalised(draw(hnp.arrays(np.float64, shape, elements=WEIGHTS)))
    q = draw(hnp.arrays(np.float64, shape, elements=WEIGHTS))
    if finite:
        q = np.where((p > 0) & (q == 0), 1.0, q)
    return p, _normalised(q)


@given(pairs())
def test_matches_reference(solution, distributions):
    """the sum of p_i log(p_i / q_i) in nats, 0 where p_i = 0, inf where only q_i = 0"""
    solution.check(*distributions)


@given(pairs(finite=True))
def test_a_non_negative_float(solution, distributions):
    """the result is a float, never negative (Gibbs' inequality), finite when q covers p"""
    got = solution(*distributions)
    assert type_name(got) in ("float", "float64", "float32"), (
        f"the divergence should be a float, not {type_name(got)}"
    )
    assert math.isfinite(got), (
        f"q is positive wherever p is, so the divergence is finite, not {got!r}"
    )
    assert got >= -ATOL, f"a divergence is never negative, yours is {got!r}"


@given(pairs())
def test_zero_for_itself(solution, distributions):
    """a distribution has divergence 0 from itself, zeros and all"""
    p, _ = distributions
    got = solution(p, p.copy())
    assert type_name(got) in ("float", "float64", "float32") and abs(got) <= ATOL, (
        f"D(p || p) must be 0.0, yours is {got!r}"
    )


@given(pairs(finite=True), st.integers(0, 39))
def test_inf_where_q_misses_p(solution, distributions, index):
    """when q is 0 at an entry where p is positive, the divergence is inf"""
    p, q = distributions
    index = index % p.size
    p, q = p.copy(), q.copy()
    if p.flat[index] == 0:
        p.flat[index] = 1.0
        p = p / p.sum()
    q.flat[index] = 0.0
    if q.sum() == 0:
        return  # no distribution left in q: not a valid input
    solution.check(p, q / q.sum())
