"""The weighted mean and the law of total variance: two passes over the groups, O(g).

The total of a group's values is count * mean, so the overall mean is the sum of those
totals over the number of members: a mean weighted by the counts (the average of the group
means is right only when the counts are equal).

For the variance, write a member's distance from the overall mean M as (x - m) + (m - M),
m its group's mean. Squared and summed over the group, the cross term vanishes (the
distances x - m sum to zero), leaving count * variance + count * (m - M) ** 2: the spread
within the group plus the group's distance from M. Averaging only the variances forgets the
second part, the spread between the groups.

Both sums stay close to the answer's own size (no mean ** 2 subtracted from something
nearly as large), so the result is as accurate as the inputs.
"""


def combine_groups(groups: list[tuple[int, float, float]]) -> tuple[float, float]:
    total = sum(count for count, _, _ in groups)
    mean = sum(count * group_mean for count, group_mean, _ in groups) / total
    within_and_between = sum(
        count * (variance + (group_mean - mean) ** 2) for count, group_mean, variance in groups
    )
    return mean, within_and_between / total
