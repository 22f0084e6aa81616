"""Right value, wrong type: a one-element list instead of the element."""

from collections import Counter


def find_missing(a, b):
    return list(Counter(a) - Counter(b))
