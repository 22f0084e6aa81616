"""Many samples of d = 10 standard normal features with labels from a logistic model with a
bias (harness.generated), from a seed; l2 = 0.01. The judge sends the numbers and the
harness makes the arrays where they are used."""

import random
from pathlib import Path

FEATURES = 10
L2 = 0.01


def generate(size: int, rng: random.Random, folder: Path) -> list:
    return [{"n": size, "d": FEATURES, "seed": rng.randrange(2**32)}, None, L2]
