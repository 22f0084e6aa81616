"""Distributions for kl_divergence, from plain data; the inputs left untouched.

A call's data is `[p, q]`; the function gets two float64 arrays. Each of `p` and `q` is

- a list (of floats, or of lists for a 2-D distribution) or an ndarray (the examples and
  the properties): a fresh float64 copy of it;
- or `{"n": n, "seed": s, "part": "p" or "q"}` (the performance tier): one of the two
  distributions of n entries `distributions(n, s)` makes, so that a million floats travel
  as three numbers. They are made once per process and copied for each call.

Before a large call, `build_args` also warms the memory allocator (`warm_allocator`), in
the reference's worker and the submission's alike: the reference is timed on warm runs after
a warm-up call, a submission on one call, and without this that one call would also pay for
the first touch of every temporary array it makes (page faults, 2 to 4 times the work of
the arithmetic at a million entries), which is noise, not the code's speed.

The default `observe` (the arguments themselves, arrays by their bytes) lets the judge see
whether a call modified them. Runs in the worker (with numpy, which the worker imports
first for this challenge) and in the judge.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

WARM_BLOCKS = 8  # temporary arrays of n floats a vectorised call may make, and then some
ZERO_IN_P = 0.1  # share of the entries where p is 0...
ZERO_IN_BOTH = 0.5  # ...and the share of those where q is 0 too
_made: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}


def distributions(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """p and q of n entries each: exponential weights normalised; p is zero at a tenth of
    the entries, q at half of those, and positive (at least about 1e-9) everywhere else."""
    if (n, seed) not in _made:
        rng = np.random.default_rng(seed)
        p = rng.exponential(size=n) + 1e-3
        q = rng.exponential(size=n) + 1e-3
        zero = rng.random(n) < ZERO_IN_P
        p[zero] = 0.0
        q[zero & (rng.random(n) < ZERO_IN_BOTH)] = 0.0
        _made[(n, seed)] = (p / p.sum(), q / q.sum())
    return _made[(n, seed)]


def warm_allocator(n: int) -> None:
    """Leave the allocator holding touched memory for WARM_BLOCKS arrays of n floats.

    glibc's malloc serves a block above its mmap threshold with fresh pages and unmaps them
    when it is freed; freeing such a block raises the threshold to its size (up to 32 MiB)
    and the trim threshold to twice that. So: free one 32 MiB block, then touch and free
    the n-sized blocks, which now come from the heap and stay mapped for the call to reuse.
    Elsewhere this is merely a few allocations; it never changes a result.
    """
    big = np.ones(4 << 20)  # 32 MiB
    del big
    blocks = [np.ones(n) for _ in range(WARM_BLOCKS)]
    del blocks


def array_of(spec: Any) -> np.ndarray:
    if isinstance(spec, dict):
        p, q = distributions(spec["n"], spec["seed"])
        return (p if spec["part"] == "p" else q).copy()
    return np.array(spec, dtype=np.float64)  # a fresh copy, whatever came in


def build_args(data: list[Any], workdir: Path) -> tuple[Any, ...]:
    p, q = array_of(data[0]), array_of(data[1])
    if isinstance(data[0], dict):  # a large input: the performance tier times this call
        warm_allocator(p.size)
    return p, q


def _shown(spec: Any) -> str:
    if isinstance(spec, dict):
        return f"a distribution of {spec['n']:,} entries"
    array = np.array(spec, dtype=np.float64)
    text = np.array2string(array, precision=17, separator=", ", threshold=16, edgeitems=4)
    return f"np.array({' '.join(text.split())})"


def describe(data: list[Any]) -> str:
    return f"p={_shown(data[0])}, q={_shown(data[1])}"
