def max_subarray_sum(nums):
    return sum(nums)
