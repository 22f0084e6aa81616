"""Sorts the list itself to find the median: the caller's data changes order (and the indices
found are positions in the sorted list)."""


def outlier_indices(values):
    if not values:
        return []
    values.sort()
    n = len(values)
    median = values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
    distances = sorted(abs(x - median) for x in values)
    mad = distances[n // 2] if n % 2 else (distances[n // 2 - 1] + distances[n // 2]) / 2
    if mad == 0:
        return [i for i, x in enumerate(values) if x != median]
    return [i for i, x in enumerate(values) if abs(0.6745 * (x - median) / mad) > 3.5]
