# complexity: O(n log n)
"""Two heaps, the other classic order: every value goes through the low heap (heappushpop
hands back its largest), and the high heap takes the overflow."""

import heapq


def running_medians(values):
    low, high, out = [], [], []  # low: max-heap (negated); high: min-heap, never the bigger
    for x in values:
        moved = -heapq.heappushpop(low, -x)  # the largest of low and x
        heapq.heappush(high, moved)
        if len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            out.append(float(-low[0]))
        else:
            out.append((-low[0] + high[0]) / 2)
    return out
