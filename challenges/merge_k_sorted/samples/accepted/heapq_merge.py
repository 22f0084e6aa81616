"""The standard library's lazy k-way heap merge: O(N log k)."""
# complexity: O(n log n)
# complexity note: O(n log k) with k = n/4 lists (perf.py)

import heapq


def merge_sorted(arrays):
    return list(heapq.merge(*arrays))
