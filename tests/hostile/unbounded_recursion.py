# expect: RE
def has_zero_sum_pair(nums):
    return has_zero_sum_pair(nums)
