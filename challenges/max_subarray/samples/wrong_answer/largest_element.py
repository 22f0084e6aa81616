def max_subarray_sum(nums):
    return max(nums)
