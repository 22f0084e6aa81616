# complexity: O(n)
"""The law of total variance in one loop after the mean: within plus between."""


def combine_groups(groups):
    total = 0
    weighted = 0.0
    for count, mean, _ in groups:
        total += count
        weighted += count * mean
    overall = weighted / total
    spread = 0.0
    for count, mean, variance in groups:
        spread += count * variance + count * (mean - overall) ** 2
    return overall, spread / total
