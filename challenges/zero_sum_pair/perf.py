"""Distinct positive numbers (no pair can sum to zero), shuffled: the worst case, since a
solution must look at everything before it may answer False."""

import random
from pathlib import Path


def generate(size: int, rng: random.Random, folder: Path) -> list:
    nums = rng.sample(range(1, 50 * size), size)
    # Flip a few signs but never of a value whose opposite is present: still no pair.
    chosen = set(nums)
    nums = [-x if x % 7 == 0 and -x not in chosen else x for x in nums]
    return [nums]
