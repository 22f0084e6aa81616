# expect: RE
import sys


def has_zero_sum_pair(nums):
    sys.exit(0)
