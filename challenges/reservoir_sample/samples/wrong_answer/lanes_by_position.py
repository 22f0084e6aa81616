"""k independent reservoirs of one, query i going to reservoir i % k. Every single position
is kept k / n of the time (when k divides n), but two positions of the same lane are never
sampled together: the pairs are not uniform."""


def sample_queries(queries, k, rng):
    if k == 0:
        return []
    lanes = [None] * k
    seen = [0] * k
    for i, query in enumerate(queries):
        lane = i % k
        seen[lane] += 1
        if rng.randrange(seen[lane]) == 0:  # a reservoir of one per lane
            lanes[lane] = query
    return [query for lane, query in enumerate(lanes) if seen[lane]]
