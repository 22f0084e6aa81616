"""Sorted walk that forgets the case where the missing element sorts last (single-element a
included): it returns None."""


def find_missing(a, b):
    for x, y in zip(sorted(a), sorted(b)):
        if x != y:
            return x
