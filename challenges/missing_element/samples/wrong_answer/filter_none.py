"""Crosses matched elements out with None, then keeps what filter(None, ...) lets through:
that also drops 0 and the empty string, so a falsy missing element is never found."""


def find_missing(a, b):
    positions = {}
    for i, x in enumerate(a):
        positions.setdefault(x, []).append(i)
    rest = list(a)
    for x in b:
        rest[positions[x].pop()] = None
    return next(filter(None, rest), None)
