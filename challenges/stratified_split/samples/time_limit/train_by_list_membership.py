# complexity: O(n^2)
"""Right, but train is built by asking `i not in test` of a list: each question scans the
whole test list, so building train costs O(n * |test|), quadratic."""


def stratified_split(labels, test_fraction, rng):
    groups = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    test = []
    for members in groups.values():
        test += rng.sample(members, round(test_fraction * len(members)))
    test.sort()
    train = [i for i in range(len(labels)) if i not in test]
    return train, test
