"""Halves n until nothing is left, with a fixed 5,000-step loop per round (standing in for
an expensive probe, as in a binary search over a slow test): O(log n), with a constant large
enough to measure."""
# complexity: O(log n)

STEPS_PER_ROUND = 5000


def count_pairs(n):
    work = 0
    m = n
    while m:
        for _ in range(STEPS_PER_ROUND):
            work += 1
        m //= 2
    return n * (n - 1) // 2
