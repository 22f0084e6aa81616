"""Divides by the MAD without looking: ZeroDivisionError when more than half the values are
equal."""

import statistics


def outlier_indices(values):
    if not values:
        return []
    median = statistics.median(values)
    mad = statistics.median([abs(x - median) for x in values])
    return [i for i, x in enumerate(values) if abs(0.6745 * (x - median) / mad) > 3.5]
