"""Welford, but divides by n - 1 (the sample variance) where the population variance is
asked for."""


def mean_and_variance(values):
    n, mean, m2 = 0, 0.0, 0.0
    for x in values:
        n += 1
        delta = x - mean
        mean += delta / n
        m2 += delta * (x - mean)
    return mean, m2 / (n - 1) if n > 1 else 0.0
