# expect: TLE
import time


def has_zero_sum_pair(nums):
    time.sleep(3600)
