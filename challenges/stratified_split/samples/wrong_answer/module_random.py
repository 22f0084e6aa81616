"""Right counts and uniform, but drawn with the random module instead of rng: the same seed
gives another split every time, so no verdict could be reproduced."""

import random


def stratified_split(labels, test_fraction, rng):
    groups = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    test = []
    for members in groups.values():
        test += random.sample(members, round(test_fraction * len(members)))
    test.sort()
    chosen = set(test)
    return [i for i in range(len(labels)) if i not in chosen], test
