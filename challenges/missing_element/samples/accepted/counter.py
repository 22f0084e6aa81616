# complexity: O(n)
from collections import Counter


def find_missing(a, b):
    return next(iter(Counter(a) - Counter(b)))
