"""Pools correctly but divides by total - 1: the sample variance, not the population one
(and a ZeroDivisionError for a single member)."""


def combine_groups(groups):
    total = sum(count for count, _, _ in groups)
    mean = sum(count * m for count, m, _ in groups) / total
    spread = sum(count * (v + (m - mean) ** 2) for count, m, v in groups)
    return mean, spread / max(total - 1, 1)
