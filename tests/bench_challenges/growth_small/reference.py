"""The Fibonacci recurrence, one loop: O(n)."""


def count_strings(n: int) -> int:
    # A valid string of length n is a valid one of length n - 1 followed by 0, or a valid
    # one of length n - 2 followed by 01: f(n) = f(n - 1) + f(n - 2), f(0) = 1, f(1) = 2.
    shorter, current = 1, 2  # f(0), f(1)
    for _ in range(n):
        shorter, current = current, shorter + current
    return shorter
