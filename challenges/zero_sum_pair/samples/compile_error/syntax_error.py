def has_zero_sum_pair(nums):
    return any(-x in set(nums) for x in nums
