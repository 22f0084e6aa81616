"""Group the indices by label, draw each class's test part with rng.sample, mark, collect.

Stratified sampling splits every class (stratum) on its own: a class of m samples sends
exactly round(test_fraction * m) of them to test, so each class keeps its share of the data
on both sides, which a plain random split only does on average (and a rare class can then
vanish from one side). Within a class, rng.sample draws k of the m indices uniformly
without replacement: every k-subset is equally likely, and every draw comes from rng.

One pass groups the indices by label (a dict of lists, in index order), one rng.sample per
class picks its test indices, and one more pass over a bytearray of marks writes both lists
out in ascending order without sorting: O(n) time, O(n) memory.
"""

import random


def stratified_split(
    labels: list[str], test_fraction: float, rng: random.Random
) -> tuple[list[int], list[int]]:
    members: dict[str, list[int]] = {}
    for index, label in enumerate(labels):
        members.setdefault(label, []).append(index)
    in_test = bytearray(len(labels))
    for indices in members.values():
        # Python's round of the float product, exactly as the statement says (halves go to
        # the even neighbour: round(2.5) == 2).
        for index in rng.sample(indices, round(test_fraction * len(indices))):
            in_test[index] = 1
    train = [i for i, mark in enumerate(in_test) if not mark]
    test = [i for i, mark in enumerate(in_test) if mark]
    return train, test
