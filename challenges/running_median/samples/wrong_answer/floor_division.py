"""(a + b) // 2 for even prefixes: an int, and rounded down (-1.5 becomes -2)."""

import heapq


def running_medians(values):
    low, high, out = [], [], []
    for x in values:
        if low and x > -low[0]:
            heapq.heappush(high, x)
        else:
            heapq.heappush(low, -x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            out.append(float(-low[0]))
        else:
            out.append(float((-low[0] + high[0]) // 2))
    return out
