"""Samples distinct queries ("a representative sample should not repeat itself"): values
instead of positions, so a stream of repeats gives too short a sample."""


def sample_queries(queries, k, rng):
    reservoir = []
    seen = set()
    count = 0
    for query in queries:
        if query in seen:
            continue
        seen.add(query)
        if count < k:
            reservoir.append(query)
        else:
            j = rng.randrange(count + 1)
            if j < k:
                reservoir[j] = query
        count += 1
    return reservoir
