"""Takes the first k queries: a sample, but nowhere near a random one."""

from itertools import islice


def sample_queries(queries, k, rng):
    return list(islice(queries, k))
