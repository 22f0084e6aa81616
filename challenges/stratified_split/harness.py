"""Labels for stratified_split, from plain data; the rng the judge seeds.

A call's data is `[labels, test_fraction, seed]`; the function gets `(labels,
test_fraction, random.Random(seed))`, with labels a fresh list. `labels` is either

- a list of strings (the examples and properties): those labels;
- or `{"n": n, "classes": c, "seed": s}` (the performance tier): n labels of c classes
  made here from the seed (see `generated`), common classes far more often than rare ones.

`observe` gives the labels and the fraction after the call (not the rng: its state moves on
by design), so that the judge can tell whether the function modified its list. Runs in the
worker and in the judge: stdlib only, deterministic.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

SHOWN = 16  # labels shown of a long list in a failure report


def generated(n: int, classes: int, seed: int) -> list[str]:
    """n labels of `classes` classes, class r drawn with a chance proportional to 1/(r+1)
    (a few large classes and a long tail of rare ones), in random order."""
    rng = random.Random(seed)
    names = [f"class-{r}" for r in range(classes)]
    weights = [1 / (r + 1) for r in range(classes)]
    return rng.choices(names, weights=weights, k=n)


def labels_of(spec: list[str] | dict[str, int]) -> list[str]:
    if isinstance(spec, dict):
        return generated(spec["n"], spec["classes"], spec["seed"])
    return list(spec)


def build_args(data: list[Any], workdir: Path) -> tuple[Any, ...]:
    spec, test_fraction, seed = data
    return labels_of(spec), test_fraction, random.Random(seed)


def observe(args: tuple[Any, ...]) -> Any:
    return [args[0], args[1]]


def describe(data: list[Any]) -> str:
    spec, test_fraction, seed = data
    rng = f"rng=random.Random({seed})"
    if isinstance(spec, dict):
        return (
            f"{spec['n']:,} labels of {spec['classes']} classes (a few common, many rare), "
            f"test_fraction={test_fraction!r}, {rng}"
        )
    shown = (
        repr(spec)
        if len(spec) <= SHOWN
        else repr(spec[:SHOWN])[:-1] + f", ... ({len(spec)} labels)]"
    )
    return f"labels={shown}, test_fraction={test_fraction!r}, {rng}"
