"""One noisy feature with many repeated values (harness.generated), from a seed.

The judge sends two numbers and the harness makes the arrays where they are used. With three
decimals and a spread of 15, x repeats values but still has about half as many distinct
values as samples (43,000 of 80,000): a rescan of the data for every one of them is
quadratic.
"""

import random
from pathlib import Path


def generate(size: int, rng: random.Random, folder: Path) -> list:
    return [{"n": size, "seed": rng.randrange(2**32)}, None]
