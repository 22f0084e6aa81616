"""Streams of floats for mean_and_variance, built lazily from plain data.

A call's data is `[values]`; the function gets one argument, a generator of floats:

- `values` a list of floats (the examples and properties): the stream yields exactly these;
- or `{"n": n, "seed": s, "mean": m, "spread": w}` (the performance and memory tiers): n
  floats spread uniformly over [m - w/2, m + w/2), produced one at a time while the
  function reads them. They never exist as a list, in the worker or in the judge.

Either way the stream can be read once and has no len(). Runs in the worker and in the
judge: stdlib only, deterministic.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SHOWN = 10  # values shown at each end of a long list in a failure report


def values_of(spec: list[float] | dict[str, Any]) -> Iterator[float]:
    """The stream a spec describes (a fresh generator each time)."""
    if isinstance(spec, list):
        return (value for value in spec)
    return _generated(spec["n"], random.Random(spec["seed"]), spec["mean"], spec["spread"])


def _generated(n: int, rng: random.Random, mean: float, spread: float) -> Iterator[float]:
    draw = rng.random
    low = mean - spread / 2
    for _ in range(n):
        yield low + spread * draw()


def build_args(data: list[Any], workdir: Path) -> tuple[Any, ...]:
    return (values_of(data[0]),)


def observe(args: tuple[Any, ...]) -> Any:
    """Nothing to compare afterwards: reading the stream is what the function is for."""
    return None


def describe(data: list[Any]) -> str:
    spec = data[0]
    if isinstance(spec, dict):
        return (
            f"a stream of {spec['n']:,} values spread evenly over "
            f"{spec['mean']:,} ± {spec['spread'] / 2:,}"
        )
    if len(spec) <= 2 * SHOWN + 2:
        return f"values={spec!r}"
    head = ", ".join(map(repr, spec[:SHOWN]))
    tail = ", ".join(map(repr, spec[-SHOWN:]))
    return f"values=[{head}, ... {len(spec) - 2 * SHOWN:,} more ..., {tail}] ({len(spec):,} values)"
