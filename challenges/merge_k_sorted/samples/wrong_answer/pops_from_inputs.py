"""Right answer, but it empties the input lists with pop(0): the contract forbids it."""

import heapq


def merge_sorted(arrays):
    heap = [(values[0], i) for i, values in enumerate(arrays) if values]
    heapq.heapify(heap)
    merged = []
    while heap:
        _, i = heapq.heappop(heap)
        merged.append(arrays[i].pop(0))
        if arrays[i]:
            heapq.heappush(heap, (arrays[i][0], i))
    return merged
