"""Sorts a copy (never the input) and closes in from both ends: O(n log n)."""
# complexity: O(n log n)
# complexity note: the sort (in C) is the n log n part; the walk is linear


def has_zero_sum_pair(nums):
    values = sorted(nums)
    lo, hi = 0, len(values) - 1
    while lo < hi:
        total = values[lo] + values[hi]
        if total == 0:
            return True
        if total < 0:
            lo += 1
        else:
            hi -= 1
    return False
