"""Two distributions of `size` entries, described by a seed: the harness makes the arrays.

The judge sends a small spec, not the million floats (see harness.distributions). A tenth of
the entries of p are zero, and q is zero at half of those (0/0 terms, which count 0);
elsewhere q is positive, so the answer is finite and every term has to be computed.
"""

import random
from pathlib import Path


def generate(size: int, rng: random.Random, folder: Path) -> list:
    seed = rng.randrange(2**32)
    return [{"n": size, "seed": seed, "part": "p"}, {"n": size, "seed": seed, "part": "q"}]
