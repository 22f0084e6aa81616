"""Many labels of 50 classes, a few common and many rare (harness.generated), from a seed;
test_fraction 0.2. The judge sends the numbers and the harness makes the list."""

import random
from pathlib import Path

CLASSES = 50


def generate(size: int, rng: random.Random, folder: Path) -> list:
    return [
        {"n": size, "classes": CLASSES, "seed": rng.randrange(2**32)},
        0.2,
        rng.randrange(2**32),
    ]
