"""Draws k positions first, which needs the length of the stream: an iterator has none."""


def sample_queries(queries, k, rng):
    n = len(queries)
    chosen = set(rng.sample(range(n), min(k, n)))
    return [query for i, query in enumerate(queries) if i in chosen]
