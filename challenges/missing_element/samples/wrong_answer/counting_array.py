"""Counts in a list indexed by value: negative values wrap around to the end of the list."""


def find_missing(a, b):
    counts = [0] * (max(a) + 1)
    for x in a:
        counts[x] += 1
    for x in b:
        counts[x] -= 1
    for value, count in enumerate(counts):
        if count:
            return value
