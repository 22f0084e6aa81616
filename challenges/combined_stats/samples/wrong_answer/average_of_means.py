"""(mM + mW) / 2: the average of the group means, right only when the counts are equal."""


def combine_groups(groups):
    mean = sum(m for _, m, _ in groups) / len(groups)
    total = sum(count for count, _, _ in groups)
    variance = sum(count * (v + (m - mean) ** 2) for count, m, v in groups) / total
    return mean, variance
