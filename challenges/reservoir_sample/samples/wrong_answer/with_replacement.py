"""k independent reservoirs of one over the whole stream: each is uniform, but two of them
can pick the same position, so this samples with replacement."""


def sample_queries(queries, k, rng):
    picks = [None] * k
    n = 0
    for query in queries:
        n += 1
        for slot in range(k):
            if rng.randrange(n) == 0:
                picks[slot] = query
    return picks if n >= k else picks[:n]
