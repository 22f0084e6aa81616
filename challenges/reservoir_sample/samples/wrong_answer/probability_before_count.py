"""Replaces with probability k / n, but computes it before counting the new query in n."""


def sample_queries(queries, k, rng):
    if k <= 0:
        return []
    sample = []
    n = 0
    for query in queries:
        if n < k:
            sample.append(query)
        elif rng.random() < k / n:
            sample[rng.randrange(k)] = query
        n += 1
    return sample
