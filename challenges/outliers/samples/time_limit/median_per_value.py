# complexity: O(n^2 log n)
"""Right answer, but the median and the MAD are computed again for every value."""

import statistics


def score(x, values):
    median = statistics.median(values)
    mad = statistics.median([abs(v - median) for v in values])
    if mad == 0:
        return 0.0 if x == median else float("inf")
    return 0.6745 * (x - median) / mad


def outlier_indices(values):
    return [i for i, x in enumerate(values) if abs(score(x, values)) > 3.5]
