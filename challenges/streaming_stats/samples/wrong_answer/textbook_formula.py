"""The textbook one-pass formula: E[x^2] - E[x]^2. Right in algebra; in floating point the
two terms cancel and leave rounding noise when the values are far from zero."""


def mean_and_variance(values):
    n = 0
    total = 0.0
    total_sq = 0.0
    for x in values:
        n += 1
        total += x
        total_sq += x * x
    mean = total / n
    return mean, total_sq / n - mean**2
