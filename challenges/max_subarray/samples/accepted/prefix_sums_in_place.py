"""Turns nums into prefix sums in place, which the contract allows."""
# complexity: O(n)


def max_subarray_sum(nums):
    lowest_prefix = 0
    best = nums[0]
    for i in range(len(nums)):
        if i:
            nums[i] += nums[i - 1]
        best = max(best, nums[i] - lowest_prefix)
        lowest_prefix = min(lowest_prefix, nums[i])
    return best
