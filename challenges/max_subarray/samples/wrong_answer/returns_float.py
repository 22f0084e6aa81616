"""Right value, wrong type: a float where an int is promised."""


def max_subarray_sum(nums):
    best = current = float(nums[0])
    for x in nums[1:]:
        current = max(x, current + x)
        best = max(best, current)
    return best
