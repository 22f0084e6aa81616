"""Many groups: counts from 1 to a million, means of heights in centimetres, variances to 100.

`size` is the number of groups. The means differ between groups, so that the spread between
them is part of the answer.
"""

import random
from pathlib import Path


def generate(size: int, rng: random.Random, folder: Path) -> list:
    groups = []
    for _ in range(size):
        count = rng.randint(1, 10**6)
        variance = rng.uniform(0.0, 100.0) if count > 1 else 0.0
        groups.append((count, rng.uniform(140.0, 200.0), variance))
    return [groups]
