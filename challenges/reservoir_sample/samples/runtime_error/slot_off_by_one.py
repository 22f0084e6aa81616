"""Algorithm R with `j <= k` instead of `j < k`: slot k does not exist (IndexError)."""


def sample_queries(queries, k, rng):
    reservoir = []
    for i, query in enumerate(queries):
        if i < k:
            reservoir.append(query)
        else:
            j = rng.randint(0, i)
            if j <= k:
                reservoir[j] = query
    return reservoir
