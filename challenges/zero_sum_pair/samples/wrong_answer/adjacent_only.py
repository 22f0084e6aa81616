def has_zero_sum_pair(nums):
    return any(a + b == 0 for a, b in zip(nums, nums[1:]))
