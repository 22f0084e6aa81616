# expect: WA
def has_zero_sum_pair(nums):
    return (x for x in [True])
