def combine_groups(groups: list[tuple[int, float, float]]) -> tuple[float, float]:
    """Return (mean, population variance) of all the groups' members together.

    Each group is (count, mean, population variance) of its members, count >= 1; there is at
    least one group.
    """
    raise NotImplementedError("write your solution here")
