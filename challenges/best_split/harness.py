"""One feature and its labels for best_split, from plain data; the inputs left untouched.

A call's data is `[x, y]`; the function gets `(x, y)` as fresh arrays: x float64 and y
int64 (of 0s and 1s), both of shape (n,). The data are either

- two lists, or two ndarrays (the examples and properties): those values;
- `{"n": n, "seed": s}` and `None` (the performance tier): n samples made here from the
  seed (see `generated`), so that a million numbers travel as two.

`observe` fingerprints both arrays after the call, so that the judge can tell whether the
function modified them in place (read_only_inputs). Runs in the worker (with numpy) and in
the judge.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import numpy as np

SHOWN = 12  # values shown of a long array in a failure report


def generated(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """A feature with three decimals (so values repeat: about 9,000 of 10,000 are
    distinct, 43,000 of 80,000) and labels that become more likely to be 1 as it grows,
    with noise: the best cut is somewhere in the middle and no cut is pure."""
    rng = np.random.default_rng(seed)
    x = np.round(rng.normal(50.0, 15.0, size=n), 3)
    chance = 1 / (1 + np.exp(-(x - 55.0) / 4.0))
    y = (rng.random(n) < 0.1 + 0.8 * chance).astype(np.int64)
    return x, y


def arrays_of(x_spec: Any, y_spec: Any) -> tuple[np.ndarray, np.ndarray]:
    if isinstance(x_spec, dict):
        return generated(x_spec["n"], x_spec["seed"])
    # Fresh copies, whatever came in.
    return np.array(x_spec, dtype=np.float64), np.array(y_spec, dtype=np.int64)


def build_args(data: list[Any], workdir: Path) -> tuple[Any, ...]:
    return arrays_of(data[0], data[1])


def observe(args: tuple[Any, ...]) -> Any:
    """Each array's type, shape, dtype and a hash of its bytes."""
    state = []
    for name, array in zip(("x", "y"), args, strict=True):
        if type(array) is not np.ndarray:
            state.append(f"<{name} replaced by {type(array).__name__}>")
            continue
        digest = hashlib.sha256(np.ascontiguousarray(array).tobytes()).hexdigest()[:16]
        state.append([list(array.shape), str(array.dtype), digest])
    return state


def _shown(values: list) -> str:
    if len(values) <= SHOWN:
        return repr(values)
    return repr(values[:SHOWN])[:-1] + f", ... ({len(values):,} values)]"


def describe(data: list[Any]) -> str:
    if isinstance(data[0], dict):
        return (
            f"{data[0]['n']:,} samples: x normal around 50 with three decimals, y = 1 more "
            "often for larger x (noisy)"
        )
    x, y = arrays_of(data[0], data[1])
    return f"x={_shown([float(v) for v in x])}, y={_shown([int(v) for v in y])}"
