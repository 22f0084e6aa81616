"""Pairs a lone 0 with itself."""


def has_zero_sum_pair(nums):
    values = set(nums)
    return any(-x in values for x in values)
