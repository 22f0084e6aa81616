"""Algorithm R (reservoir sampling): one pass, O(k) memory, every k-subset equally likely.

Keep the first k queries. After that, the query at position i (counting from 0) is one of
i + 1 seen so far, and a uniform sample of them contains it with probability k / (i + 1):
draw j uniformly from 0..i, and when j < k (probability exactly k / (i + 1)) it replaces
the j-th slot of the reservoir, itself a uniformly chosen slot. By induction, after every
step each k-subset of the positions seen so far is equally likely to be the reservoir.

Time: O(n) for a stream of n queries, one random number per query past the first k.
Memory: the k kept queries, whatever the length of the stream.
"""

import random
from collections.abc import Iterator


def sample_queries(queries: Iterator[str], k: int, rng: random.Random) -> list[str]:
    reservoir: list[str] = []
    for i, query in enumerate(queries):
        if i < k:
            reservoir.append(query)  # the first k queries fill the reservoir
            continue
        j = rng.randrange(i + 1)  # uniform in 0..i: the slot this query would take
        if j < k:  # happens with probability k / (i + 1)
            reservoir[j] = query
    return reservoir
