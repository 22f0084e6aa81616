"""n Gaussian vectors of 32 dimensions and a query, from a seed (harness.dataset), k = 10.

The judge sends four numbers per array, not the 3.8 million floats of the largest size. The
top 10 holds scaled copies of the best rows (ties up to rounding, some just past the top).
32 dimensions: enough that the arithmetic is real work, few enough that a Python loop's
cost per row dwarfs it (50 times the reference), and n * d stays within what
harness.warm_allocator can keep warm.
"""

import random
from pathlib import Path

DIMENSIONS = 32
K = 10


def generate(size: int, rng: random.Random, folder: Path) -> list:
    spec = {"n": size, "d": DIMENSIONS, "seed": rng.randrange(2**32)}
    return [{**spec, "part": "vectors"}, {**spec, "part": "query"}, K]
