"""Rounds the exact decimal product (Decimal(str(test_fraction)) * m, half to even) instead
of Python's round of the float product: the same almost always, but 0.7 * 45 is
31.499999999999996 in floating point (31), and exactly 31.5 in decimal (32)."""

from decimal import ROUND_HALF_EVEN, Decimal


def stratified_split(labels, test_fraction, rng):
    groups = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    test = []
    for members in groups.values():
        exact = Decimal(str(test_fraction)) * len(members)
        k = int(exact.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))
        test += rng.sample(members, k)
    test.sort()
    chosen = set(test)
    return [i for i in range(len(labels)) if i not in chosen], test
