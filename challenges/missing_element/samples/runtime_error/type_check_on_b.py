"""Peeks at b[0] to pick a method, which raises IndexError when a has one element (b empty)."""

from collections import Counter


def find_missing(a, b):
    if isinstance(b[0], int):
        return sum(a) - sum(b)
    return next(iter(Counter(a) - Counter(b)))
