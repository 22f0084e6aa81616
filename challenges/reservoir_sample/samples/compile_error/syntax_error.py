def sample_queries(queries, k, rng):
    reservoir = []
    for i, query in enumerate(queries)
        if i < k:
            reservoir.append(query)
        elif (j := rng.randrange(i + 1)) < k:
            reservoir[j] = query
    return reservoir
