"""Counting sort indexed by value: negative values wrap around to the end of the counts."""


def merge_sorted(arrays):
    values = [x for array in arrays for x in array]
    if not values:
        return []
    counts = [0] * (max(values) + 1)
    for x in values:
        counts[x] += 1
    return [value for value, count in enumerate(counts) for _ in range(count)]
