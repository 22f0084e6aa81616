"""Logits for log_softmax, from plain data; the input left untouched.

A call's data is `[logits]`; the function gets one argument, a fresh float64 array of shape
(n, c). `logits` is one of

- a list of rows, or an ndarray (the examples and properties): those logits;
- `{"rows": n, "classes": c, "seed": s}` (the performance tier): n rows of c logits made
  here from the seed (see `generated`), so that a million numbers travel as three.

`observe` fingerprints the array after the call, so that the judge can tell whether the
function modified it in place (read_only_inputs). Runs in the worker (with numpy, which the
worker imports before anything else for this challenge) and in the judge.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import numpy as np

SHOWN_ROWS = 6
LARGE = 1000.0  # a tenth of the generated rows hold logits of +-LARGE


def generated(rows: int, classes: int, seed: int) -> np.ndarray:
    """Logits as a classifier's last layer gives them: normal with a spread of 10, and a
    tenth of the rows confident (one logit raised to +1000, one lowered to -1000)."""
    rng = np.random.default_rng(seed)
    logits = rng.normal(0.0, 10.0, size=(rows, classes))
    confident = rng.random(rows) < 0.1
    picks = rng.integers(classes, size=rows)
    logits[confident, picks[confident]] = LARGE
    if classes > 1:
        other = (picks + 1 + rng.integers(classes - 1, size=rows)) % classes
        logits[confident, other[confident]] = -LARGE
    return logits


def logits_of(spec: Any) -> np.ndarray:
    if isinstance(spec, dict):
        return generated(spec["rows"], spec["classes"], spec["seed"])
    return np.array(spec, dtype=np.float64)  # a fresh copy, whatever came in


def build_args(data: list[Any], workdir: Path) -> tuple[Any, ...]:
    return (logits_of(data[0]),)


def observe(args: tuple[Any, ...]) -> Any:
    """The array's type, shape, dtype and a hash of its bytes."""
    logits = args[0]
    if type(logits) is not np.ndarray:
        return f"<logits replaced by {type(logits).__name__}>"
    digest = hashlib.sha256(np.ascontiguousarray(logits).tobytes()).hexdigest()[:16]
    return [list(logits.shape), str(logits.dtype), digest]


def describe(data: list[Any]) -> str:
    spec = data[0]
    if isinstance(spec, dict):
        return (
            f"{spec['rows']:,} rows of {spec['classes']} logits (normal, spread 10; a tenth "
            f"of the rows with logits of +-{LARGE:g})"
        )
    logits = np.array(spec, dtype=np.float64)
    rows = [[float(v) for v in row] for row in logits.tolist()]
    shown = rows if len(rows) <= SHOWN_ROWS else [*rows[:SHOWN_ROWS], "..."]
    return f"z (shape {logits.shape}) = [{', '.join(str(row) for row in shown)}]"
