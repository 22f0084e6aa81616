"""Keeps each class's indices in a set and hands it to rng.sample, which since Python 3.11
raises TypeError for a set ("Population must be a sequence")."""


def stratified_split(labels, test_fraction, rng):
    groups = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, set()).add(i)
    test = set()
    for members in groups.values():
        test.update(rng.sample(members, round(test_fraction * len(members))))
    return [i for i in range(len(labels)) if i not in test], sorted(test)
