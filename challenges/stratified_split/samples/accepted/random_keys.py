# complexity: O(n log n)
"""Give every index a random key from rng; in each class the k smallest keys go to test
(bottom-k sampling: a uniform k-subset, ties having probability zero)."""

from collections import defaultdict


def stratified_split(labels, test_fraction, rng):
    keyed = defaultdict(list)
    for i, label in enumerate(labels):
        keyed[label].append((rng.random(), i))
    test = []
    for pairs in keyed.values():
        pairs.sort()
        test.extend(i for _, i in pairs[: round(test_fraction * len(pairs))])
    test.sort()
    mark = set(test)
    return [i for i in range(len(labels)) if i not in mark], test
