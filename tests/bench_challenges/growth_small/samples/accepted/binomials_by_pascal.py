"""Counts the strings by their number k of ones: C(n - k + 1, k) ways to place k ones with a
gap between each two (choose k of the n - k + 1 gaps around the zeros). Each binomial comes
from a fresh Pascal's triangle, O(n^2) each, for about n / 2 values of k: O(n^3)."""
# complexity: O(n^3)


def binomial(a, b):
    row = [1]
    for _ in range(a):
        following = [1]
        for i in range(len(row) - 1):
            following.append(row[i] + row[i + 1])
        following.append(1)
        row = following
    return row[b] if 0 <= b < len(row) else 0


def count_strings(n):
    return sum(binomial(n - k + 1, k) for k in range((n + 1) // 2 + 1))
