"""Reads the head of every list, so an empty inner list raises IndexError."""

import heapq


def merge_sorted(arrays):
    heap = [(values[0], i, 0) for i, values in enumerate(arrays)]
    heapq.heapify(heap)
    merged = []
    while heap:
        value, i, j = heapq.heappop(heap)
        merged.append(value)
        if j + 1 < len(arrays[i]):
            heapq.heappush(heap, (arrays[i][j + 1], i, j + 1))
    return merged
