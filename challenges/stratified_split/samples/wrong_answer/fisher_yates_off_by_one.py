"""Per class, a partial Fisher-Yates shuffle with an off-by-one: j = rng.randrange(i, m - 1)
never reaches the last member, so the last index of a class is never in test."""


def stratified_split(labels, test_fraction, rng):
    groups = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    in_test = [False] * len(labels)
    for members in groups.values():
        m = len(members)
        for i in range(round(test_fraction * m)):
            j = rng.randrange(i, m - 1) if i < m - 1 else i
            members[i], members[j] = members[j], members[i]
            in_test[members[i]] = True
    return (
        [i for i, t in enumerate(in_test) if not t],
        [i for i, t in enumerate(in_test) if t],
    )
