"""Long streams of floats, described by a seed: the harness produces them lazily.

`size` is the length of the stream. The values are Unix timestamps of one day (a mean of
1.7e9 seconds, spread over 86,400), so that the textbook formula would be wrong here too;
the performance and the memory tiers use the same streams.
"""

import random
from pathlib import Path


def generate(size: int, rng: random.Random, folder: Path) -> list:
    return [{"n": size, "seed": rng.randrange(2**32), "mean": 1.7e9, "spread": 86_400.0}]
