"""The standard library's lazy k-way heap merge: O(N log k)."""

import heapq


def merge_sorted(arrays):
    return list(heapq.merge(*arrays))
