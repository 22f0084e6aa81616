"""Takes the median of an even number of values as one middle element (the upper one), for
the median and for the MAD."""


def outlier_indices(values):
    if not values:
        return []
    median = sorted(values)[len(values) // 2]
    mad = sorted(abs(x - median) for x in values)[len(values) // 2]
    if mad == 0:
        return [i for i, x in enumerate(values) if x != median]
    return [i for i, x in enumerate(values) if abs(0.6745 * (x - median) / mad) > 3.5]
