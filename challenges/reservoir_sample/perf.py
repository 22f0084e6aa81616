"""Long streams of search queries, described by a seed: the harness produces them lazily.

`size` is the length of the stream. The queries are drawn from 20,000 distinct ones, popular
ones far more often (see harness.py), so repeats are the rule, as in a real search log.

- Below MEMORY_FROM (the performance tier) k is a tenth of the stream: a sampler that does
  O(k) work per query (scanning the reservoir for the one to replace) is quadratic there,
  while Algorithm R does O(1) per query.
- From MEMORY_FROM on (the memory tier) k = 100: the sample is tiny and the stream is long,
  so keeping the stream (`list(queries)`, even only to hand it to `rng.sample`) costs 8
  bytes per query, far past the budget, while a reservoir of 100 costs next to nothing.
"""

import random
from pathlib import Path

MEMORY_FROM = 100_000
VOCABULARY = 20_000


def generate(size: int, rng: random.Random, folder: Path) -> list:
    stream = {"n": size, "seed": rng.randrange(2**32), "vocabulary": VOCABULARY}
    k = 100 if size >= MEMORY_FROM else size // 10
    return [stream, k, rng.randrange(2**32)]
