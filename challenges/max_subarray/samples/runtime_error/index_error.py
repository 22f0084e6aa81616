def max_subarray_sum(nums):
    best = nums[0]
    for i in range(len(nums)):
        best = max(best, nums[i] + nums[i + 1])  # reads past the end
    return best
