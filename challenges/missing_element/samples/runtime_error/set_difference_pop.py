"""Set difference again: when the removed value also stays in b, the difference is empty and
pop() raises KeyError."""


def find_missing(a, b):
    return (set(a) - set(b)).pop()
