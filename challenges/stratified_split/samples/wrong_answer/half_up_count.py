"""Rounds halves up, as taught at school (floor(x + 0.5)): 3 of a class of 5 with
test_fraction 0.5, where Python's round(2.5) = 2."""

import math


def stratified_split(labels, test_fraction, rng):
    groups = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    test = []
    for members in groups.values():
        test += rng.sample(members, math.floor(test_fraction * len(members) + 0.5))
    test.sort()
    chosen = set(test)
    return [i for i in range(len(labels)) if i not in chosen], test
