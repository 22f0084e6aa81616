"""Algorithm L (Li, 1994): instead of one random number per query, jump straight to the next
query that enters the reservoir; the gaps are geometric, so it draws O(k log(n / k))
random numbers in all."""

import math
from itertools import islice


def sample_queries(queries, k, rng):
    if k <= 0:
        return []
    stream = iter(queries)
    reservoir = list(islice(stream, k))
    if len(reservoir) < k:
        return reservoir
    w = math.exp(math.log(1.0 - rng.random()) / k)
    while True:
        skip = math.floor(math.log(1.0 - rng.random()) / math.log(1.0 - w)) if w < 1.0 else 0
        nxt = next(islice(stream, skip, None), _END)  # drops `skip` queries, returns the next
        if nxt is _END:
            return reservoir
        reservoir[rng.randrange(k)] = nxt
        w *= math.exp(math.log(1.0 - rng.random()) / k)


_END = object()
