"""Heap merge: O(N log k) time and O(k) extra memory besides the result, for N elements in
k lists. The heap always holds the current head of every list that is not used up yet."""

import heapq


def merge_sorted(arrays: list[list[int]]) -> list[int]:
    # One entry per non-empty list: (its head value, which list, position of the head).
    # The list index breaks ties between equal values, so tuples never compare further.
    heap = [(values[0], which, 0) for which, values in enumerate(arrays) if values]
    heapq.heapify(heap)
    merged = []
    while heap:
        value, which, position = heap[0]  # the smallest head of all
        merged.append(value)
        values = arrays[which]
        position += 1
        if position < len(values):  # that list's next element becomes its head
            heapq.heapreplace(heap, (values[position], which, position))
        else:  # that list is used up
            heapq.heappop(heap)
    return merged
