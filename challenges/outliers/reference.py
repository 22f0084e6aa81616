"""The modified z-score of Iglewicz and Hoaglin: the median and the MAD, two sorts, O(n log n).

The median of n sorted values is the middle one, or the mean of the two middle ones when n
is even. The MAD (median absolute deviation) is the median of the distances |x - median|:
a spread measure that, like the median, ignores how far the extreme values are. Scaled by
0.6745 (so that it estimates the standard deviation of normal data), the distance of x from
the median in MADs is the modified z-score; beyond 3.5 the value is an outlier. A mean and
standard deviation would be pulled by the very outliers they are meant to find.

When the MAD is 0 (more than half the values are equal), every score is infinite or 0/0:
the statement makes every value that differs from the median an outlier.
"""


def _median(ordered: list[float]) -> float:
    """The median of a sorted, non-empty list."""
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def outlier_indices(values: list[float]) -> list[int]:
    if not values:
        return []
    median = _median(sorted(values))
    mad = _median(sorted(abs(x - median) for x in values))
    if mad == 0:
        return [i for i, x in enumerate(values) if x != median]
    # Exactly as the statement writes it (multiply, then divide), so that a score that lands
    # on 3.5 in floating point is decided the same way: it does not exceed 3.5.
    return [i for i, x in enumerate(values) if abs(0.6745 * (x - median) / mad) > 3.5]
