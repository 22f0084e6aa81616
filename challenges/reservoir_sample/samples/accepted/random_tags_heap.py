"""Bottom-k sampling: give every query a random tag and keep the k smallest tags, in a
max-heap (tags negated), so that each new query costs O(log k)."""

import heapq


def sample_queries(queries, k, rng):
    heap = []  # (-tag, position, query): the largest kept tag on top
    for position, query in enumerate(queries):
        tag = rng.random()
        if len(heap) < k:
            heapq.heappush(heap, (-tag, position, query))
        elif k and tag < -heap[0][0]:
            heapq.heapreplace(heap, (-tag, position, query))
    return [query for _, _, query in heap]
