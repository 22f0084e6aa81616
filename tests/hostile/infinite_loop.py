# expect: TLE
def has_zero_sum_pair(nums):
    while True:
        pass
