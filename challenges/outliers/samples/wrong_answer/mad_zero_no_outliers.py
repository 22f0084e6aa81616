"""Reasons that with no spread there is nothing to stand out from, and returns [] when the
MAD is 0; the statement makes every value off the median an outlier then."""

import statistics


def outlier_indices(values):
    if not values:
        return []
    median = statistics.median(values)
    mad = statistics.median([abs(x - median) for x in values])
    if mad == 0:
        return []
    return [i for i, x in enumerate(values) if abs(0.6745 * (x - median) / mad) > 3.5]
