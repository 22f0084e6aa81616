def sample_queries(queries, k, rng):
    result = []
    for i, q in enumerate(queries):
        if len(result) < k:
            result.append(q)
        else:
            r = rng.randrange(0, i + 1)
            if r < k:
                result[r] = q
    return result
