"""Systematic sampling within each class: a random start, then every (m / k)-th member. Each
member is about as likely as any other to be picked, but members next to each other never
go to test together: the subsets are far from equally likely."""


def stratified_split(labels, test_fraction, rng):
    groups = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    test = []
    for members in groups.values():
        m, k = len(members), round(test_fraction * len(members))
        if k == 0:
            continue
        start = rng.randrange(m)
        test += [members[(start + (j * m) // k) % m] for j in range(k)]
    test.sort()
    chosen = set(test)
    return [i for i in range(len(labels)) if i not in chosen], test
