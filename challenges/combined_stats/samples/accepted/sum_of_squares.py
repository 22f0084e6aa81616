# complexity: O(n)
"""Pools the sums of squares: each group's mean of x^2 is variance + mean^2. Exact in algebra;
in floats it subtracts mean^2 from a number nearly as large, which costs up to about 1e-7 at
the statement's magnitudes (means within 10,000), within its tolerance. When every member is
equal that rounding can fall below zero, so the result is clamped: a variance is never
negative."""


def combine_groups(groups):
    total = sum(count for count, _, _ in groups)
    mean = sum(count * m for count, m, _ in groups) / total
    mean_of_squares = sum(count * (v + m * m) for count, m, v in groups) / total
    return mean, max(0.0, mean_of_squares - mean * mean)
