"""n values over about n/4 lists of random lengths (many short, some empty): both N and k
are large, so a solution that scans all k heads per element does ~n^2/4 steps."""

import random
from pathlib import Path


def generate(size: int, rng: random.Random, folder: Path) -> list:
    k = max(1, size // 4)
    # k - 1 random cut points split the n values into k runs: lengths are roughly
    # geometric with mean 4, about one list in five is empty.
    cuts = sorted(rng.randrange(size + 1) for _ in range(k - 1))
    bounds = [0, *cuts, size]
    values = [rng.randint(-(10**9), 10**9) for _ in range(size)]
    return [[sorted(values[bounds[i] : bounds[i + 1]]) for i in range(k)]]
