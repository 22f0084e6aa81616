"""Distinct numbers shuffled so that no pair sums to zero, except that for about half the
inputs (drawn from the seed) the last value is the opposite of the one before it. Either way a
solution must look at everything before it may answer: the worst case. That the answer varies
matters too: with the judge's salted seeds a submission cannot know it in advance, so
"answer False for any long list" is no way past the speed tier."""

import random
from pathlib import Path


def generate(size: int, rng: random.Random, folder: Path) -> list:
    nums = rng.sample(range(1, 50 * size), size)
    # Flip a few signs but never of a value whose opposite is present: still no pair.
    chosen = set(nums)
    nums = [-x if x % 7 == 0 and -x not in chosen else x for x in nums]
    if rng.random() < 0.5:  # one pair, found only with the last value
        nums[-1] = -nums[-2]
    return [nums]
