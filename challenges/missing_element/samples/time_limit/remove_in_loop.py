"""Removes each element of b from a copy of a: every remove scans the list, O(n^2)."""
# complexity: O(n^2)


def find_missing(a, b):
    rest = list(a)
    for x in b:
        rest.remove(x)
    return rest[0]
