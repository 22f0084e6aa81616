"""Algorithm R with the classic off-by-one: randint(0, i - 1) where randint(0, i) is right,
so a late query enters with probability k / i instead of k / (i + 1), and the first k
queries are kept too rarely."""


def sample_queries(queries, k, rng):
    if k == 0:
        return []
    reservoir = []
    for i, query in enumerate(queries):
        if i < k:
            reservoir.append(query)
        else:
            j = rng.randint(0, i - 1)
            if j < k:
                reservoir[j] = query
    return reservoir
