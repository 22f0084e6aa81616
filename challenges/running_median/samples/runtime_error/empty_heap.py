"""Compares the first value with the top of an empty heap: IndexError."""

import heapq


def running_medians(values):
    low, high, out = [], [], []
    for x in values:
        if x <= -low[0]:  # low is empty on the first value
            heapq.heappush(low, -x)
        else:
            heapq.heappush(high, x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out.append(float(-low[0]) if len(low) > len(high) else (-low[0] + high[0]) / 2)
    return out
