# expect: RE
def has_zero_sum_pair(nums):
    return input("answer? ") == "yes"
