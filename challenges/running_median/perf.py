"""Long lists of random ints within 1e9 of zero, so that both halves keep changing.

`size` is the length of the list.
"""

import random
from pathlib import Path


def generate(size: int, rng: random.Random, folder: Path) -> list:
    return [[rng.randint(-(10**9), 10**9) for _ in range(size)]]
