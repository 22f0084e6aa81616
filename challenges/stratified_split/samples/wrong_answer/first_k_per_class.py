"""The right number from each class, but always its first k indices: a stratified split,
not a random one (every call returns the same test set)."""


def stratified_split(labels, test_fraction, rng):
    groups = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    test = []
    for members in groups.values():
        test += members[: round(test_fraction * len(members))]
    test.sort()
    chosen = set(test)
    return [i for i in range(len(labels)) if i not in chosen], test
