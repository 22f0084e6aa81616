"""Random lists mixing signs, so that the best run is neither everything nor one element."""

import random
from pathlib import Path


def generate(size: int, rng: random.Random, folder: Path) -> list:
    return [[rng.randint(-10_000, 10_000) for _ in range(size)]]
