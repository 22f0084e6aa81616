"""Right split, but the test indices come back in the order rng.sample drew them, not in
ascending order."""


def stratified_split(labels, test_fraction, rng):
    groups = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    test = []
    for members in groups.values():
        test += rng.sample(members, round(test_fraction * len(members)))
    chosen = set(test)
    return [i for i in range(len(labels)) if i not in chosen], test
