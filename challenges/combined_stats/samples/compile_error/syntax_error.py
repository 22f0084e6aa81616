def combine_groups(groups):
    total = sum(count for count, _, _ in groups
    return sum(count * m for count, m, _ in groups) / total, 0.0
