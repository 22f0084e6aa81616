# complexity: O(n)
from collections import Counter


def has_zero_sum_pair(nums):
    counts = Counter(nums)
    if counts[0] >= 2:
        return True
    return any(x != 0 and -x in counts for x in counts)
