"""Two heaps: the smaller half in a max-heap, the larger half in a min-heap. O(n log n).

The median only needs the one or two values in the middle. Keep the smaller half of the
values seen so far in `low` (a max-heap, stored negated because heapq is a min-heap) and the
larger half in `high` (a min-heap), with `low` holding the extra value when the count is
odd. A new value goes to the half it belongs to, then at most one value moves across to
restore the sizes; both are O(log n). The median is then the top of `low`, or the mean of
the two tops.

Re-sorting every prefix is O(n^2 log n); inserting into a sorted list (bisect.insort) is
O(n) per value, O(n^2) in all, but each shift is a single C memmove (see the statement for
where that still passes).
"""

import heapq


def running_medians(values: list[int]) -> list[float]:
    low: list[int] = []  # the smaller half, negated: -low[0] is its largest value
    high: list[int] = []  # the larger half: high[0] is its smallest value
    medians: list[float] = []
    for x in values:
        if low and x > -low[0]:
            heapq.heappush(high, x)
        else:
            heapq.heappush(low, -x)
        # Sizes: len(low) == len(high), or one more in low.
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            medians.append(float(-low[0]))
        else:  # the values are ints within 1e9, so the sum and its half are exact floats
            medians.append((-low[0] + high[0]) / 2)
    return medians
