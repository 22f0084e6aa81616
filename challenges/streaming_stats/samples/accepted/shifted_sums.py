"""Sums of deviations from the first value (the "shifted data" algorithm): the sums stay
small, so the textbook formula is accurate again."""


def mean_and_variance(values):
    it = iter(values)
    shift = next(it)
    n, total, squares = 1, 0.0, 0.0
    for x in it:
        d = x - shift
        n += 1
        total += d
        squares += d * d
    mean_d = total / n
    return shift + mean_d, max(0.0, squares / n - mean_d * mean_d)
