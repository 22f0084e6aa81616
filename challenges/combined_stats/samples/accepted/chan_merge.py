# complexity: O(n)
"""Merges the groups one at a time (Chan et al.'s parallel update): the sum of squared
deviations of two parts is M2a + M2b + delta ** 2 * na * nb / n."""


def combine_groups(groups):
    n, mean, m2 = 0, 0.0, 0.0
    for count, group_mean, variance in groups:
        total = n + count
        delta = group_mean - mean
        mean += delta * count / total
        m2 += count * variance + delta * delta * n * count / total
        n = total
    return mean, m2 / n
