"""Right truth value, wrong type: 1/0 instead of True/False."""


def has_zero_sum_pair(nums):
    seen = set()
    for x in nums:
        if -x in seen:
            return 1
        seen.add(x)
    return 0
