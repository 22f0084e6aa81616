"""Counts by hand with a dict, written plainly: O(n)."""
# complexity: O(n)


def find_missing(a, b):
    counts = {}
    for x in a:
        if x in counts:
            counts[x] += 1
        else:
            counts[x] = 1
    for x in b:
        counts[x] -= 1
    for x in counts:
        if counts[x] != 0:
            return x
