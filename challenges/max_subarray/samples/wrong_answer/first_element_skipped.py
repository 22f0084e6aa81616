"""Misses the first element as a run of its own when the rest is worse."""


def max_subarray_sum(nums):
    if len(nums) == 1:
        return nums[0]
    best = current = nums[1]
    for x in nums[2:]:
        current = max(x, current + x)
        best = max(best, current)
    return best
