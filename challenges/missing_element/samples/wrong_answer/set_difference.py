"""Set difference: when the removed value also stays in b, the difference is empty and the
function returns None."""


def find_missing(a, b):
    for x in set(a) - set(b):
        return x
