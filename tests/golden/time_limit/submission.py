# Correct, but cubic: every run summed from scratch. Far over the limit at the first size.
def max_subarray_sum(nums):
    n = len(nums)
    return max(sum(nums[i : j + 1]) for i in range(n) for j in range(i, n))
