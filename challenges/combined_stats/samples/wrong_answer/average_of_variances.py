"""The right mean, but the variance is the weighted average of the group variances: the
spread within the groups only, not the spread between their means."""


def combine_groups(groups):
    total = sum(count for count, _, _ in groups)
    mean = sum(count * m for count, m, _ in groups) / total
    variance = sum(count * v for count, _, v in groups) / total
    return mean, variance
