"""The approx comparison: numbers within rtol/atol as numpy.isclose reads them, everything
else exact; a failure names the place, both values, the error and what was allowed."""

import math

import numpy as np
import pytest

from judge.engine.approx import first_difference
from judge.engine.canonical import Opaque


def differ(expected, got, rtol=1e-3, atol=1e-9, numpy_scalars=False):
    return first_difference(expected, got, rtol, atol, numpy_scalars)


def test_within_the_tolerance_matches():
    assert differ(22.5, 22.5 + 0.02) is None
    assert differ(0.0, 1e-10) is None  # atol alone near zero
    assert differ((1e9, 22.5), (1e9 + 1e5, 22.49)) is None
    assert differ([1.0, [2.0, {"a": 3.0}]], [1.0005, [2.001, {"a": 2.999}]]) is None


def test_the_tolerance_is_isclose_exactly():
    for expected, got in [(100.0, 100.1), (100.0, 100.1000001), (0.0, 1e-9), (0.0, 2e-9)]:
        ours = differ(expected, got) is None
        assert ours == bool(np.isclose(got, expected, rtol=1e-3, atol=1e-9))


def test_a_difference_says_where_and_by_how_much():
    difference = differ((1000000010.0, 22.5), (1000000010.0, -128.0))
    assert difference.where == "[1]"
    assert difference.expected == "22.5" and difference.got == "-128.0"
    assert "error 150" in difference.detail and "allowed 0.0225" in difference.detail
    assert difference.message.startswith("Wrong answer at [1]: expected 22.5, got -128.0")


def test_nan_is_named():
    difference = differ((1.5, 0.0), (1.5, math.nan))
    assert difference.where == "[1]" and difference.got == "nan"
    assert "nan is not a number" in difference.message
    assert differ(math.nan, math.nan) is None
    assert differ(math.inf, math.inf) is None
    assert differ(math.inf, 1e308) is not None


def test_types_and_structure_are_exact():
    assert "a list is not a tuple" in differ((1.0, 2.0), [1.0, 2.0]).detail
    assert "an int is not a float" in differ(1.0, 1).detail
    assert differ(10.0, 10**400) is not None  # a huge int where a float is promised
    assert "wrong length" in differ([1.0], [1.0, 2.0]).detail
    assert differ(3, 3) is None and differ(3, 4) is not None  # ints stay exact
    assert differ("a", "a") is None
    assert differ(1.0, Opaque("Decimal", "1.0")) is not None


def test_numpy_scalars_count_only_when_the_contract_says_so():
    assert differ(1.5, np.float64(1.5)) is not None
    assert differ((1.5, 2.0), (np.float64(1.5), np.float32(2.0)), numpy_scalars=True) is None
    assert differ(1.5, np.int64(1), numpy_scalars=True) is not None


def test_arrays_point_at_the_first_bad_element():
    expected = np.zeros((3, 4))
    got = expected.copy()
    got[1, 2], got[2, 0] = 0.5, np.nan
    difference = differ(expected, got)
    assert difference.where == "[1, 2]"
    assert difference.expected == "0.0" and difference.got == "0.5"
    assert "1 more of its 12 elements differ" in difference.detail
    assert differ((expected, 1), (expected + 1e-12, 1)) is None


@pytest.mark.parametrize(
    ("got", "words"),
    [
        ([[0.0, 0.0]], "an ndarray was expected"),
        (np.zeros((2, 1)), "wrong shape"),
        (np.zeros((1, 2), dtype=int), "dtype kind"),
    ],
)
def test_arrays_must_come_back_as_arrays_of_the_kind(got, words):
    assert words in differ(np.zeros((1, 2)), got).detail


def test_any_float_dtype_and_any_integer_dtype_count():
    assert differ(np.array([1.0, 2.0]), np.array([1.0, 2.0], dtype=np.float32)) is None
    assert differ(np.array([1, 2]), np.array([1, 2], dtype=np.uint8)) is None
    assert differ(np.array([1, 2]), np.array([1, 3])).where == "[1]"
