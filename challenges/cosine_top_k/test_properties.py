"""Examples and properties of most_similar.

A call's data is `[vectors, query, k]`: lists or arrays the harness turns into float64
arrays. The answer is not compared with the reference's list: with ties (similarities within
TIE of each other) several lists are right. `accept` computes every row's similarity itself
and checks the contract: a list of min(k, n) distinct row indices, each row at least as
similar as every row after it and every row left out, up to TIE. So ties may come in either
order, and either of two tied rows may be the one at the cut-off; a row more than TIE better
than another must come first, whatever their indices.
"""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from judge.challenge.authoring import Example, type_name

TIE = 1e-9  # similarities this close are ties (the contract)
INTEGER_TYPES = ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")


def similarities(vectors: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Every row's cosine similarity to the query; 0 for a zero row."""
    norms = np.sqrt(np.einsum("ij,ij->i", vectors, vectors))
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(norms > 0, (vectors @ query) / (norms * np.linalg.norm(query)), 0.0)


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _row(index: int, similarity: np.ndarray) -> str:
    return f"row {index} (similarity {similarity[index]:.12g})"


def accept(args, expected, got):
    """`got` lists min(k, n) distinct rows, best first, none left out better, up to TIE."""
    vectors, query, k = args
    n = len(vectors)
    m = min(k, n)
    assert type(got) is list, (
        f"expected a list of row indices, got {_a(type_name(got))} (an ndarray's .tolist() "
        "gives the list)"
    )
    odd = next((i for i in got if type(i) is not int and type_name(i) not in INTEGER_TYPES), None)
    assert odd is None, f"the list holds {odd!r}, {_a(type_name(odd))}, not a row index (an int)"
    assert len(got) == m, (
        f"your list has {len(got)} {'index' if len(got) == 1 else 'indices'}; with k = {k} "
        f"and {n} {'row' if n == 1 else 'rows'} it must have "
        f"min(k, n) = {m}"
    )
    outside = next((i for i in got if not 0 <= i < n), None)
    assert outside is None, f"{outside} is not a row index (there are {n} rows)"
    assert len(set(got)) == m, "your list names a row twice"
    if m == 0:
        return
    similarity = similarities(vectors, query)
    chosen = np.array([int(i) for i in got])
    ranked = similarity[chosen]
    # The best similarity from each position on: a position must not be beaten from behind.
    best_after = np.maximum.accumulate(ranked[::-1])[::-1]
    for position in range(m - 1):
        if ranked[position] < best_after[position + 1] - TIE:
            later = chosen[position + 1 + int(np.argmax(ranked[position + 1 :]))]
            raise AssertionError(
                f"not best first: {_row(chosen[position], similarity)} comes before "
                f"{_row(later, similarity)}, which is higher by "
                f"{similarity[later] - ranked[position]:.3g} (only similarities within "
                f"{TIE:g} of each other are ties, whatever the indices)"
            )
    if m < n:
        left = np.ones(n, dtype=bool)
        left[chosen] = False
        missed = int(np.flatnonzero(left)[np.argmax(similarity[left])])
        weakest = int(chosen[np.argmin(ranked)])
        if similarity[missed] > similarity[weakest] + TIE:
            raise AssertionError(
                f"{_row(missed, similarity)} is left out, but {_row(weakest, similarity)} is "
                f"in, lower by {similarity[missed] - similarity[weakest]:.3g}: the list must "
                f"hold the {m} most similar {'row' if m == 1 else 'rows'}"
            )


EXAMPLES = [
    Example(([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]], [1.0, 0.0], 2), [0, 2], "the basic case"),
    Example(
        ([[10.0, 10.0], [1.0, 0.0]], [1.0, 0.0], 1),
        [1],
        "direction, not length: the long row has the larger dot product, not the larger cosine",
    ),
    Example(([[1.0, 0.0], [0.0, 1.0]], [2.0, 1.0], 5), [0, 1], "k > n: every row, best first"),
    Example(([[1.0, 0.0], [0.0, 1.0]], [1.0, 1.0], 0), [], "k = 0: an empty list"),
    Example(
        ([[0.0, 0.0], [-1.0, 0.0], [1.0, 0.0]], [1.0, 0.0], 3),
        [2, 0, 1],
        "a zero row has similarity 0: above a negative one",
    ),
    Example(
        ([[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]], [1.0, 2.0, 3.0], 2),
        [0, 1],
        "only zero rows: all similarity 0, a tie",
    ),
    Example(([[-1.0, 0.0], [-1.0, -1.0]], [1.0, 0.0], 1), [1], "every similarity negative"),
    Example(
        ([[1.0, 0.001], [1.0, 0.0]], [1.0, 0.0], 2),
        [1, 0],
        "similarities 1 - 5e-7 and 1: close, but not a tie; the lower index comes second",
    ),
    Example(
        ([[1.0, 2.0], [3.0, 1.0], [1.0, 2.0]], [1.0, 2.0], 2),
        [0, 2],
        "equal rows 0 and 2 tie: [0, 2] and [2, 0] are both right",
    ),
    Example(
        ([[1.0, 2.0], [2.0, 4.0], [0.5, 1.0], [1.0, 0.0]], [1.0, 1.0], 3),
        [0, 1, 2],
        "scaled copies: the same similarity up to rounding, in any order",
    ),
    Example(
        ([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0]], [1.0, 0.0], 1),
        [0],
        "a tie at the cut-off: [0] and [2] are both right",
    ),
    Example(
        ([[3.0], [-2.0], [0.0], [5.0]], [-1.0], 2),
        [1, 2],
        "one dimension: only the sign of a row matters",
    ),
    Example(([[0.3, -0.4]], [1e-3, 1e-3], 1), [0], "a single row; a short query"),
    Example(
        ([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0], [-0.6, 0.8]], [100.0, 100.0], 4),
        [1, 0, 2, 3],
        "the query's length does not matter",
    ),
]

SMALL = st.integers(-3, 3).map(float)  # ties, duplicates, zero rows, opposite rows
# Non-zero entries at least 1e-6 in magnitude: no square underflows to zero.
FLOATS = st.just(0.0) | st.floats(1e-6, 100) | st.floats(-100, -1e-6)


@st.composite
def searches(draw, elements=None):
    n = draw(st.integers(1, 30))
    d = draw(st.integers(1, 4))
    if elements is None:
        elements = draw(st.sampled_from([SMALL, FLOATS]))
    vectors = draw(hnp.arrays(np.float64, (n, d), elements=elements))
    query = draw(hnp.arrays(np.float64, (d,), elements=elements))
    if not np.any(query):
        query[0] = 1.0  # the query is never zero
    return vectors, query, draw(st.integers(0, n + 2))


@given(searches())
def test_most_similar_first(solution, search):
    """the min(k, n) most similar rows, best first; ties (within 1e-9) in any order"""
    solution.check(*search)


@given(searches(elements=SMALL), st.lists(st.integers(-3, 3), min_size=30, max_size=30))
def test_scaling_rows_changes_nothing(solution, search, exponents):
    """scaling rows by positive factors moves no similarity: the answer is still right"""
    vectors, query, k = search
    scales = 10.0 ** np.array(exponents[: len(vectors)], dtype=float)
    solution.check(vectors * scales[:, None], query, k)


@given(searches(elements=SMALL))
def test_the_query_itself_comes_first(solution, search):
    """a row equal to the query (similarity 1) is first, or tied with the first"""
    vectors, query, k = search
    with_query = np.vstack([vectors, query])
    got = solution.check(with_query, query, max(k, 1))
    first = similarities(with_query, query)[got[0]]
    assert first >= 1 - TIE, (
        f"row {len(vectors)} is the query itself (similarity 1), but your first row, "
        f"{got[0]}, has similarity {first:.12g}"
    )
