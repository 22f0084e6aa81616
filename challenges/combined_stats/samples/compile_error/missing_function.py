def combine(groups):  # the judge looks for combine_groups
    total = sum(count for count, _, _ in groups)
    return sum(count * m for count, m, _ in groups) / total, 0.0
