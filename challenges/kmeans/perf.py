"""Many points in the plane in k = 5 tight, well-separated blobs (harness.blobs), from a seed.

The judge sends four numbers and the harness makes the array where it is used, so the
100,000 points of the largest size never travel. On such data k-means++ followed by Lloyd
finds the best clustering from any seed, in one or two iterations.
"""

import random
from pathlib import Path

CLUSTERS = 5
DIMENSIONS = 2


def generate(size: int, rng: random.Random, folder: Path) -> list:
    spec = {"blobs": size, "k": CLUSTERS, "d": DIMENSIONS, "seed": rng.randrange(2**32)}
    return [spec, CLUSTERS, rng.randrange(2**32)]
