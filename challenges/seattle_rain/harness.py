"""Fractions in and out of rain_probability, as plain data.

A call's data is `[prior, lie, yes, no]` with `prior` and `lie` written as fractions in a
string (`"1/3"`, `"0"`, `"1"`): the function gets `Fraction(prior), Fraction(lie), yes, no`.

The answer is read back exactly: a genuine `fractions.Fraction` (its type, not a subclass
or a lookalike) becomes the text `"Fraction(8, 9)"`; anything else becomes
`("not a Fraction", type name, repr)`, which no Fraction's text can equal, so that a float
(or an int, a str, a Decimal) is a wrong answer whose report says what it was. Runs in the
worker and in the judge: stdlib only.
"""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path
from typing import Any

NOT_A_FRACTION = "not a Fraction"
TEXT = re.compile(r"Fraction\((-?\d+), (\d+)\)")
SHOWN = 80  # characters of a non-Fraction answer's repr kept for the report


def build_args(data: list[Any], workdir: Path) -> tuple[Any, ...]:
    prior, lie, yes, no = data
    return Fraction(prior), Fraction(lie), yes, no


def observe(args: tuple[Any, ...]) -> Any:
    """Fractions and ints cannot be modified; nothing to compare afterwards."""
    return None


def collect(result: Any, args: tuple[Any, ...], workdir: Path) -> Any:
    if type(result) is Fraction:
        return f"Fraction({result.numerator}, {result.denominator})"
    try:
        shown = repr(result)[:SHOWN]
    except Exception:  # a result whose repr fails is still not a Fraction
        shown = "?"
    return (NOT_A_FRACTION, type(result).__name__, shown)


def value_of(collected: Any) -> Fraction | None:
    """The Fraction a collected answer stands for, or None when it was not a Fraction."""
    match = TEXT.fullmatch(collected) if type(collected) is str else None
    return Fraction(int(match.group(1)), int(match.group(2))) if match else None


def describe(data: list[Any]) -> str:
    prior, lie, yes, no = data
    return f"prior={prior}, lie={lie}, yes={yes}, no={no}"
