# complexity: O(n log n)
"""Two heaps, with the medians handed back as numpy float64 (as code feeding a numpy pipeline
might): a numpy float64 counts as a float."""

import heapq

import numpy as np


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
            out.append(np.float64(-low[0]))
        else:
            out.append(np.float64(-low[0] + high[0]) / 2)
    return out
