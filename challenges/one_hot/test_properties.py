"""Examples and properties of one_hot.

A call's data is `[values]`, a list of str. The result crosses the boundary re-encoded by
harness.collect: the categories as they are, the matrix as its dtype, shape and non-zero
entries (exactly: a right answer has one per row). `accept` checks the contract against the
values themselves: the categories are the distinct values sorted, the matrix an ndarray of an
integer dtype of shape (n, c) holding a single 1 per row, in the column of that row's value.
A failure names what is wrong: categories in first-seen order, a lost trailing NUL, a float
or bool matrix, a row with its 1 in the wrong column.
"""

import importlib.util
from pathlib import Path

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example, type_name


def _harness():
    """The package's harness.py, whose collect() encodes the expected results below."""
    path = Path(__file__).with_name("harness.py")
    spec = importlib.util.spec_from_file_location("one_hot_harness_for_tests", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


collect = _harness().collect


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _what(value) -> str:
    return f"{_a(type_name(value))} ({value!r})"[:200]


def _check_categories(values, want, got) -> None:
    assert type(got) is list, (
        f"the categories should be a list of str, got {_what(got)} (an ndarray's .tolist() "
        "gives the list)"
    )
    odd = next((c for c in got if type(c) is not str), None)
    assert odd is None, f"the categories should be Python str, but one is {_what(odd)}" + (
        ": numpy strings lose trailing NULs; keep the values as they are"
        if "numpy" in type_name(odd)
        else ""
    )
    if got == want:
        return
    if sorted(got) == want and len(got) == len(want):
        seen = list(dict.fromkeys(values))
        order = "in the order they first appear" if got == seen else "not sorted"
        raise AssertionError(
            f"your categories {got!r} are {order}; they must be sorted (Python's order of "
            f"strings): {want!r}"
        )
    missing = [c for c in want if c not in got]
    extra = [c for c in got if c not in want]
    detail = f"missing {missing!r}" if missing else ""
    if extra:
        detail += ("; " if detail else "") + f"not among the values: {extra!r}"
    if any(c.endswith("\x00") for c in missing):
        detail += " (a trailing NUL is part of the value; numpy string arrays drop it)"
    raise AssertionError(f"your categories are wrong: {detail or 'a value twice'}")


def _check_matrix(values, categories, form) -> None:
    n, c = len(values), len(categories)
    if "other" in form:
        raise AssertionError(
            f"the matrix should be a numpy array of shape ({n}, {c}) with an integer dtype, "
            f"got {_a(type_name(form['other']))}"
        )
    matrix = form["ndarray"]
    dtype, shape = matrix["dtype"], tuple(matrix["shape"])
    kind = np.dtype(dtype).kind if "nonzero" in matrix else "?"
    if kind not in "iu":
        what = {"f": "a float", "b": "a bool", "c": "a complex"}.get(kind, _a(dtype))
        raise AssertionError(
            f"the matrix has dtype {dtype}: {what} matrix where an integer one is promised "
            "(np.zeros(..., dtype=int), or .astype(np.int8))"
        )
    assert shape == (n, c), (
        f"the matrix has shape {shape}; with {n} values and {c} categories it must be ({n}, {c})"
    )
    at, entries = np.asarray(matrix["at"], dtype=np.int64), matrix["values"]
    rows, columns = (at // c, at % c) if c else (at, at)
    bad = np.flatnonzero(entries != 1)
    if bad.size:
        row = int(rows[bad[0]])
        raise AssertionError(
            f"row {row} holds {entries[bad[0]].item()!r} in column {int(columns[bad[0]])}: "
            "a one-hot matrix holds only 0s and 1s"
        )
    twice = np.flatnonzero(np.diff(rows) == 0)
    if twice.size:
        row = int(rows[twice[0]])
        raise AssertionError(
            f"row {row} (value {values[row]!r}) has more than one 1: every row has exactly one"
        )
    if matrix["nonzero"] < n:
        row = int(np.flatnonzero(np.bincount(rows, minlength=n) == 0)[0])
        raise AssertionError(f"row {row} (value {values[row]!r}) has no 1: every row has one")
    column = {category: j for j, category in enumerate(categories)}
    codes = np.fromiter(map(column.__getitem__, values), dtype=np.int64, count=n)
    wrong = np.flatnonzero(columns != codes)
    if wrong.size:
        row = int(wrong[0])
        got = int(columns[row])
        raise AssertionError(
            f"row {row} (value {values[row]!r}) has its 1 in column {got} "
            f"({categories[got]!r}), not in column {codes[row]} ({values[row]!r})"
        )


def accept(args, expected, got):
    """Sorted distinct values, and an integer (n, c) ndarray with one 1 per row, in the
    column of that row's value."""
    (values,) = args
    assert type(got) is dict and "result" not in got, (
        f"expected a tuple (categories, matrix), got {_what(got.get('result'))}"
    )
    _check_categories(values, expected["categories"], got["categories"])
    _check_matrix(values, expected["categories"], got["matrix"])


def answer(categories, rows):
    """An expected result, as harness.collect sends one."""
    matrix = np.array(rows, dtype=np.int64).reshape(len(rows), len(categories))
    return collect((categories, matrix), (), None)


EXAMPLES = [
    Example(
        (["red", "green", "red", "blue"],),
        answer(["blue", "green", "red"], [[0, 0, 1], [0, 1, 0], [0, 0, 1], [1, 0, 0]]),
        "categories sorted, not in the order they first appear",
    ),
    Example(([],), answer([], []), "no values: no categories, a (0, 0) matrix"),
    Example((["x"],), answer(["x"], [[1]]), "a single value"),
    Example((["same"] * 4,), answer(["same"], [[1], [1], [1], [1]]), "one category"),
    Example((["b", "a"],), answer(["a", "b"], [[0, 1], [1, 0]]), "two values, reversed"),
    Example(
        (["a", "a\x00", "a"],),
        answer(["a", "a\x00"], [[1, 0], [0, 1], [1, 0]]),
        "a trailing NUL makes another value",
    ),
    Example(
        (["\x00", "", "\x00\x00", ""],),
        answer(["", "\x00", "\x00\x00"], [[0, 1, 0], [1, 0, 0], [0, 0, 1], [1, 0, 0]]),
        "NULs only, and the empty string",
    ),
    Example(
        (["a\x00b", "a", "ab"],),
        answer(["a", "a\x00b", "ab"], [[0, 1, 0], [1, 0, 0], [0, 0, 1]]),
        "a NUL inside a value",
    ),
    Example(
        (["", " ", ""],),
        answer(["", " "], [[1, 0], [0, 1], [1, 0]]),
        "the empty string and a space are values",
    ),
    Example(
        (["B", "a", "A", "b"],),
        answer(["A", "B", "a", "b"], [[0, 1, 0, 0], [0, 0, 1, 0], [1, 0, 0, 0], [0, 0, 0, 1]]),
        "sorted by code point: capitals first",
    ),
    Example(
        (["é", "e", "z"],),
        answer(["e", "z", "é"], [[0, 0, 1], [1, 0, 0], [0, 1, 0]]),
        "é (U+00E9) sorts after z",
    ),
    Example(
        (["10", "9", "2"],),
        answer(["10", "2", "9"], [[1, 0, 0], [0, 0, 1], [0, 1, 0]]),
        "strings sort as strings, not as numbers",
    ),
    Example(
        (["😀", "a", "😀"],),
        answer(["a", "😀"], [[0, 1], [1, 0], [0, 1]]),
        "a character outside the basic plane",
    ),
]

# Few distinct values, so that repeats are the rule; NULs, blanks and accents among them.
VALUES = st.sampled_from(["a", "b", "a\x00", "\x00", "", " ", "é", "A", "ab"]) | st.text(max_size=3)


@given(st.lists(VALUES, max_size=40))
def test_sorted_categories_one_one_per_row(solution, values):
    """the distinct values sorted, and a single 1 per row in the column of its value"""
    solution.check(values)


@given(st.lists(VALUES, min_size=1, max_size=40), st.randoms(use_true_random=False))
def test_the_order_of_the_values_does_not_change_the_categories(solution, values, rng):
    """shuffling the values leaves the categories as they are and moves the rows with them"""
    shuffled = list(values)
    rng.shuffle(shuffled)
    first = solution.check(values)
    second = solution.check(shuffled)
    assert first["categories"] == second["categories"], (
        f"for {values!r} your categories are {first['categories']!r}, for the same values "
        f"shuffled, {shuffled!r}, they are {second['categories']!r}: the categories depend "
        "only on which values occur"
    )
