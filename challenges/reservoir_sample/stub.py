import random
from collections.abc import Iterator


def sample_queries(queries: Iterator[str], k: int, rng: random.Random) -> list[str]:
    """Return the queries at min(k, n) distinct positions of the stream, chosen uniformly.

    queries can be read only once and may be far too long to keep in memory. Every set of
    positions must be equally likely; take all randomness from rng. Any order.
    """
    raise NotImplementedError("write your solution here")
