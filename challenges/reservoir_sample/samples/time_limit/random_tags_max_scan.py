"""Bottom-k sampling without a heap: every query gets a random tag, and the largest kept tag
is found with max() over the whole reservoir each time, so each query costs O(k)."""


def sample_queries(queries, k, rng):
    tags, kept = [], []
    for query in queries:
        tag = rng.random()
        if len(kept) < k:
            tags.append(tag)
            kept.append(query)
            continue
        if not kept:
            continue
        largest = max(tags)
        if tag < largest:
            slot = tags.index(largest)
            tags[slot], kept[slot] = tag, query
    return kept
