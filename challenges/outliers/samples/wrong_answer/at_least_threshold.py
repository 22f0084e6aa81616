"""Uses >= 3.5 where the statement says the score must exceed 3.5."""

import statistics


def outlier_indices(values):
    if not values:
        return []
    median = statistics.median(values)
    mad = statistics.median([abs(x - median) for x in values])
    if mad == 0:
        return [i for i, x in enumerate(values) if x != median]
    return [i for i, x in enumerate(values) if abs(0.6745 * (x - median) / mad) >= 3.5]
