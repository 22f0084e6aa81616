# expect: RE
# Closes every file descriptor, the judge's protocol pipes included.
import os


def has_zero_sum_pair(nums):
    os.closerange(0, 1024)
    return False
