# complexity: O(n)
"""Per class, a partial Fisher-Yates shuffle: swap a uniformly chosen remaining member into
each of the first k slots (j from i to m - 1, both ends included)."""


def stratified_split(labels, test_fraction, rng):
    groups = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    in_test = [False] * len(labels)
    for members in groups.values():
        m = len(members)
        for i in range(round(test_fraction * m)):
            j = rng.randint(i, m - 1)
            members[i], members[j] = members[j], members[i]
            in_test[members[i]] = True
    train = [i for i, t in enumerate(in_test) if not t]
    test = [i for i, t in enumerate(in_test) if t]
    return train, test
