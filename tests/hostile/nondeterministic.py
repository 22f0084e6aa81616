# expect: WA
import random


def has_zero_sum_pair(nums):
    return random.random() < 0.5
