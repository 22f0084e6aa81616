# expect: CE
import numpy_that_does_not_exist  # noqa: F401


def has_zero_sum_pair(nums):
    return False
