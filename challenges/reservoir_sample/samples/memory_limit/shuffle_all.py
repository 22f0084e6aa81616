"""Shuffles the whole stream and keeps the first k."""


def sample_queries(queries, k, rng):
    pool = [query for query in queries]
    rng.shuffle(pool)
    return pool[:k]
