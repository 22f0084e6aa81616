from collections import Counter


def missing_element(a, b):  # the judge looks for find_missing
    return next(iter(Counter(a) - Counter(b)))
