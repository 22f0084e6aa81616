"""The result of precision_recall_f1 as plain data that keeps every Fraction exact.

The judge's canonical encoding carries no `Fraction` (an object of any type it does not
know becomes an opaque marker that equals nothing), so `collect` re-encodes the result in
the worker, type-exactly, before it crosses the boundary:

- a `fractions.Fraction` (that exact type) becomes the text "Fraction(n, d)" of its exact
  value;
- a `str` becomes the pair ("str", text), so that a submission returning the text
  "Fraction(1, 2)" can never pass for the number;
- anything else (a float, an int, a numpy scalar, None...) is left as it is, for the
  canonical encoding to carry (it is a wrong answer, and the learner sees what it was);
- a tuple or a list is re-encoded item by item (one level: the contract has no nesting).

The judge's `accept` (test_properties.py) reads the texts back into Fractions and compares
values exactly. The inputs are lists of bools and travel as they are. Runs in the worker
and in the judge: stdlib only.
"""

from __future__ import annotations

import operator
from fractions import Fraction
from pathlib import Path
from typing import Any

SHOWN = 16  # labels shown at the start of a long list in a failure report


def build_args(data: list[Any], workdir: Path) -> tuple[Any, ...]:
    """Fresh lists each call (bools are immutable: a shallow copy is a full copy)."""
    y_true, y_pred = data
    return list(y_true), list(y_pred)


def _item(value: Any) -> Any:
    kind = type(value)  # type(), never __class__, which a submission can fake
    if kind is Fraction:
        try:
            numerator = operator.index(value.numerator)
            denominator = operator.index(value.denominator)
        except Exception:  # a Fraction whose parts are not integers: not a number we know
            return ("Fraction with parts that are not integers", repr(value)[:200])
        return f"Fraction({int(numerator)}, {int(denominator)})"
    if kind is str:
        return ("str", value)
    return value


def collect(result: Any, args: tuple[Any, ...], workdir: Path) -> Any:
    if type(result) is tuple:
        return tuple(_item(item) for item in result)
    if type(result) is list:
        return [_item(item) for item in result]
    return _item(result)


def _labels(values: list[bool]) -> str:
    if len(values) <= SHOWN:
        return repr(values)
    return repr(values[:SHOWN])[:-1] + f", ... ({len(values):,} labels)]"


def describe(data: list[Any]) -> str:
    y_true, y_pred = data
    return f"y_true={_labels(y_true)}, y_pred={_labels(y_pred)}"
