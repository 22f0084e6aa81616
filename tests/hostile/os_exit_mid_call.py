# expect: RE
import os


def has_zero_sum_pair(nums):
    os._exit(0)
