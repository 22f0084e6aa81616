"""Algorithm R counting from 1, with randint (both ends included)."""


def sample_queries(queries, k, rng):
    sample = []
    seen = 0
    for query in queries:
        seen += 1
        if seen <= k:
            sample.append(query)
        else:
            j = rng.randint(1, seen)  # 1..seen: the new query is one of `seen`
            if j <= k:
                sample[j - 1] = query
    return sample
