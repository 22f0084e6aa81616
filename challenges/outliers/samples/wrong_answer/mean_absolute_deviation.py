"""Reads MAD as the *mean* absolute deviation: the mean of |x - median|, which one huge value
inflates just as it inflates a standard deviation."""

import statistics


def outlier_indices(values):
    if not values:
        return []
    median = statistics.median(values)
    mad = statistics.fmean([abs(x - median) for x in values])
    if mad == 0:
        return [i for i, x in enumerate(values) if x != median]
    return [i for i, x in enumerate(values) if abs(0.6745 * (x - median) / mad) > 3.5]
