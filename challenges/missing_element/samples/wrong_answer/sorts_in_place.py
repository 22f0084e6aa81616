"""Right answer, but it sorts the caller's lists in place: the contract forbids it."""


def find_missing(a, b):
    a.sort()
    b.sort()
    for x, y in zip(a, b):
        if x != y:
            return x
    return a[-1]
