"""Counting: O(n) time, O(d) extra memory for d distinct values."""

from collections import Counter


def find_missing(a: list, b: list):
    # b is a with one occurrence of one value removed, so that value is the only one that
    # occurs more often in a than in b. Counting copes with repeats (a set difference does
    # not) and with any hashable values (sums and XOR only work for numbers).
    in_b = Counter(b)
    for value, count in Counter(a).items():
        if count != in_b[value]:
            return value  # an element of a itself, so of the exact type promised
