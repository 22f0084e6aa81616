def zero_sum(nums):
    return False
