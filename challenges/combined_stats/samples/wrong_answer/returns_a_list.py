"""Right numbers, wrong container: a list where a tuple is promised."""


def combine_groups(groups):
    total = sum(count for count, _, _ in groups)
    mean = sum(count * m for count, m, _ in groups) / total
    variance = sum(count * (v + (m - mean) ** 2) for count, m, v in groups) / total
    return [mean, variance]
