"""A correct Algorithm R that draws from the random module instead of rng: the sample cannot
be reproduced from the seed."""

import random


def sample_queries(queries, k, rng):
    reservoir = []
    for i, query in enumerate(queries):
        if i < k:
            reservoir.append(query)
        else:
            j = random.randint(0, i)
            if j < k:
                reservoir[j] = query
    return reservoir
