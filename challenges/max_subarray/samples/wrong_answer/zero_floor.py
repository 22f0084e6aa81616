"""Starts from 0: wrong for all-negative lists (returns 0 instead of the largest element)."""


def max_subarray_sum(nums):
    best = current = 0
    for x in nums:
        current = max(0, current + x)
        best = max(best, current)
    return best
