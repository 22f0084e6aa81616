"""Right for integers, repeats included; sum() of strings raises TypeError."""


def find_missing(a, b):
    return sum(a) - sum(b)
