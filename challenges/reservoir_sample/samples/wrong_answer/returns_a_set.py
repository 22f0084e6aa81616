"""Right sampler, but hands back a set (which also merges repeated queries)."""


def sample_queries(queries, k, rng):
    reservoir = []
    for i, query in enumerate(queries):
        if i < k:
            reservoir.append(query)
        else:
            j = rng.randrange(i + 1)
            if j < k:
                reservoir[j] = query
    return set(reservoir)
