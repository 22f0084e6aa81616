"""Approximate comparison of decoded results: numbers within a tolerance, and where they differ.

`compare = "approx"` compares floats as `numpy.isclose` does, `|got - expected| <= atol +
rtol * |expected|`, element by element through tuples, lists, dicts and ndarrays; everything
else (ints, bools, strings, the structure itself) must match exactly and by type. An ndarray
must come back as an ndarray of the same shape and of the same kind of dtype (any float
dtype where floats are expected, any integer dtype where integers are). nan is close only to
nan, an infinity only to itself. `first_difference` returns the first place where two results
differ, with the expected and the actual value there, the error and what was allowed: what a
learner needs, rather than two walls of numbers. numpy is only imported to look at a value
that already is a numpy array. Never runs or imports a submission's code.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from typing import Any

from judge.engine.canonical import Opaque, plain_scalars, type_name

KIND_NAMES = {"f": "float", "i": "integer", "u": "integer", "b": "bool"}


@dataclass(frozen=True)
class Difference:
    """Where two results differ: the path ("[1]", "[0][2, 1]", "" for the whole value)."""

    where: str
    expected: str
    got: str
    detail: str  # what is wrong there, in words

    @property
    def message(self) -> str:
        at = f" at {self.where}" if self.where else ""
        return f"Wrong answer{at}: expected {self.expected}, got {self.got} ({self.detail})."


def first_difference(
    expected: Any, got: Any, rtol: float, atol: float, numpy_scalars: bool = False
) -> Difference | None:
    """None when `got` matches `expected` within the tolerance; else the first difference."""
    if numpy_scalars:
        expected, got = plain_scalars(expected), plain_scalars(got)
    return _compare(expected, got, rtol, atol, "")


def _floats(expected: float, got: float, rtol: float, atol: float, where: str) -> Difference | None:
    if math.isnan(expected):
        if math.isnan(got):
            return None
        return Difference(where, "nan", repr(got), "nan was expected there")
    if math.isnan(got):
        return Difference(where, repr(expected), "nan", "nan is not a number")
    if math.isinf(expected) or math.isinf(got):
        if got == expected:
            return None
        return Difference(where, repr(expected), repr(got), "an infinity is close only to itself")
    error, allowed = abs(got - expected), atol + rtol * abs(expected)
    if error <= allowed:
        return None
    detail = (
        f"error {error:.3g}, allowed {allowed:.3g} = atol {atol:g} + rtol {rtol:g} x |expected|"
    )
    return Difference(where, repr(expected), repr(got), detail)


def _wrong_type(expected: Any, got: Any, where: str) -> Difference:
    expected_type, got_type = type_name(expected), type_name(got)
    shown = repr(got) if not isinstance(got, Opaque) else str(got)
    return Difference(
        where,
        f"{_article(expected_type)}",
        shown[:80],
        f"{_article(got_type)} is not {_article(expected_type)}",
    )


def _article(noun: str) -> str:
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def _compare(expected: Any, got: Any, rtol: float, atol: float, where: str) -> Difference | None:
    numpy = sys.modules.get("numpy") if type(expected).__module__ == "numpy" else None
    if numpy is not None and type(expected) is numpy.ndarray:
        return _arrays(numpy, expected, got, rtol, atol, where)
    if type(expected) is not type(got):
        return _wrong_type(expected, got, where)
    if type(expected) is float:
        return _floats(expected, got, rtol, atol, where)
    if type(expected) in (list, tuple):
        if len(expected) != len(got):
            what = type_name(expected)
            return Difference(
                where, f"{_article(what)} of {len(expected)}", f"one of {len(got)}", "wrong length"
            )
        for index, (e, g) in enumerate(zip(expected, got, strict=True)):
            difference = _compare(e, g, rtol, atol, f"{where}[{index}]")
            if difference:
                return difference
        return None
    if type(expected) is dict:
        if expected.keys() != got.keys():
            missing = sorted(map(repr, expected.keys() - got.keys()))[:3]
            extra = sorted(map(repr, got.keys() - expected.keys()))[:3]
            return Difference(where, f"keys {missing}", f"keys {extra}", "different keys")
        for key in expected:
            difference = _compare(expected[key], got[key], rtol, atol, f"{where}[{key!r}]")
            if difference:
                return difference
        return None
    if expected == got:
        return None
    return Difference(where, repr(expected)[:80], repr(got)[:80], "must be equal exactly")


def _arrays(numpy: Any, expected: Any, got: Any, rtol: float, atol: float, where: str):
    kind = KIND_NAMES.get(expected.dtype.kind, str(expected.dtype))
    wanted = f"a {kind} array of shape {expected.shape}"
    if type(got) is not numpy.ndarray:
        return Difference(where, wanted, type_name(got), "an ndarray was expected, not a list")
    got_kind = KIND_NAMES.get(got.dtype.kind, str(got.dtype))
    if got.shape != expected.shape or got_kind != kind:
        shown = f"a {got_kind} array ({got.dtype}) of shape {got.shape}"
        return Difference(where, wanted, shown, "wrong shape or dtype kind")
    if kind == "float":
        close = numpy.isclose(got, expected, rtol=rtol, atol=atol, equal_nan=True)
    else:
        close = got == expected
    bad = numpy.argwhere(~close)
    if not len(bad):
        return None
    index = tuple(int(i) for i in bad[0])
    at = f"{where}[{', '.join(map(str, index))}]"
    e, g = expected[index].item(), got[index].item()
    more = (
        f"; {len(bad) - 1:,} more of its {expected.size:,} elements differ" if len(bad) > 1 else ""
    )
    difference = _floats(float(e), float(g), rtol, atol, at) if kind == "float" else None
    if difference is None:
        difference = Difference(at, repr(e), repr(g), "must be equal exactly")
    return Difference(
        difference.where, difference.expected, difference.got, difference.detail + more
    )
