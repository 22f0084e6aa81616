# expect: AC
# Harmless but unusual: moves to another folder first. Still a correct solution.
import os

os.chdir("/")


def has_zero_sum_pair(nums):
    seen = set()
    for x in nums:
        if -x in seen:
            return True
        seen.add(x)
    return False
