# complexity: O(n^2)
"""Right formula, but the helper that computes the overall mean is called once per group:
each call walks all the groups again."""


def overall_mean(groups):
    return sum(count * m for count, m, _ in groups) / sum(count for count, _, _ in groups)


def combine_groups(groups):
    total = sum(count for count, _, _ in groups)
    spread = sum(count * (v + (m - overall_mean(groups)) ** 2) for count, m, v in groups)
    return overall_mean(groups), spread / total
