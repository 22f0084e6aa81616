"""Builds n scrambled numbers, sorts them, and counts for each rank the smaller ranks before
it: the sort (in C) makes it O(n log n)."""
# complexity: O(n log n)


def count_pairs(n):
    values = [(i * 2654435761) % 4294967296 for i in range(n)]  # a permutation-like scramble
    values.sort()
    total = 0
    for rank in range(len(values)):
        total += rank
    return total
