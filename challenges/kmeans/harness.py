"""Points for kmeans, from plain data; the rng the judge seeds; the input left untouched.

A call's data is `[points, k, seed]`; the function gets `(array, k, rng)`, where the array is
a fresh float64 copy of `points` of shape (n, d) and `rng = np.random.default_rng(seed)`.
`points` is one of

- a list of rows, or an ndarray (the examples and properties): those points;
- `{"blobs": n, "k": c, "d": d, "seed": s}` (the objective properties and the performance
  tier): n points in c tight, well-separated Gaussian blobs in d dimensions, made here from
  the seed (see `blobs`), so that 100,000 points travel as four numbers.

`observe` fingerprints the array after the call, so that the judge can tell whether the
function modified it in place (read_only_inputs). Runs in the worker (with numpy, which the
worker imports before anything else for this challenge) and in the judge.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import numpy as np

SPACING = 10_000.0  # about this far between two blob centres...
SPREAD = 1.0  # ...each blob a Gaussian with this standard deviation per coordinate
SHOWN_ROWS = 8


def blobs(n: int, k: int, d: int, seed: int) -> np.ndarray:
    """n points in k blobs: centres on distinct cells of a grid with SPACING between cells
    (jittered by a tenth of it), blob sizes within a factor of three of each other, points
    shuffled. Every blob gets at least one point."""
    rng = np.random.default_rng(seed)
    side = int(np.ceil(k ** (1 / d))) + 1
    cells = rng.choice(side**d, size=k, replace=False)
    grid = np.stack(np.unravel_index(cells, (side,) * d), axis=1).astype(float)
    centres = SPACING * (grid + rng.uniform(-0.05, 0.05, size=(k, d)))
    weights = rng.uniform(1.0, 3.0, size=k)
    sizes = np.maximum(1, np.floor(n * weights / weights.sum())).astype(int)
    sizes[np.argmax(sizes)] += n - sizes.sum()
    labels = np.repeat(np.arange(k), sizes)
    points = centres[labels] + rng.normal(0.0, SPREAD, size=(n, d))
    return points[rng.permutation(n)]


def points_of(spec: Any) -> np.ndarray:
    if isinstance(spec, dict):
        return blobs(spec["blobs"], spec["k"], spec["d"], spec["seed"])
    return np.array(spec, dtype=np.float64)  # a fresh copy, whatever came in


def build_args(data: list[Any], workdir: Path) -> tuple[Any, ...]:
    spec, k, seed = data
    return points_of(spec), k, np.random.default_rng(seed)


def observe(args: tuple[Any, ...]) -> Any:
    """The array's type, shape, dtype and a hash of its bytes (not the rng: it moves on)."""
    points = args[0]
    if type(points) is not np.ndarray:
        return f"<points replaced by {type(points).__name__}>"
    digest = hashlib.sha256(np.ascontiguousarray(points).tobytes()).hexdigest()[:16]
    return [list(points.shape), str(points.dtype), digest]


def describe(data: list[Any]) -> str:
    spec, k, seed = data
    rng = f"rng=np.random.default_rng({seed})"
    if isinstance(spec, dict):
        return (
            f"{spec['blobs']:,} points in {spec['k']} well-separated blobs in {spec['d']}-D, "
            f"k={k}, {rng}"
        )
    points = np.array(spec, dtype=np.float64)
    rows = points.tolist()
    shown = rows if len(rows) <= SHOWN_ROWS else [*rows[:SHOWN_ROWS], "..."]
    text = ", ".join(str(row) for row in shown)
    return f"points (shape {points.shape}) = [{text}], k={k}, {rng}"
