"""Walks every pair: O(n^2)."""
# complexity: O(n^2)


def count_pairs(n):
    count = 0
    for i in range(n):
        for _ in range(i + 1, n):
            count += 1
    return count
