# complexity: O(n log n)
"""The textbook answer: group the indices by label, rng.sample the test part of each class,
sort both sides."""

from collections import defaultdict


def stratified_split(labels, test_fraction, rng):
    groups = defaultdict(list)
    for i, label in enumerate(labels):
        groups[label].append(i)
    test = []
    for indices in groups.values():
        test += rng.sample(indices, round(test_fraction * len(indices)))
    chosen = set(test)
    train = [i for i in range(len(labels)) if i not in chosen]
    return train, sorted(test)
