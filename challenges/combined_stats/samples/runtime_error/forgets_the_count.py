"""Unpacks each group as (mean, variance), forgetting the count: too many values to unpack."""


def combine_groups(groups):
    means = [mean for mean, _ in groups]
    return sum(means) / len(means), 0.0
