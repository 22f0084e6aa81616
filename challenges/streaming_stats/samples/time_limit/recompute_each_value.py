"""Keeps the statistics "current" after every value by recomputing them from all the values
seen so far: two passes over everything, for every value, so quadratic."""


def mean_and_variance(values):
    seen = []
    mean = variance = 0.0
    for x in values:
        seen.append(x)
        mean = sum(seen) / len(seen)
        variance = sum((v - mean) ** 2 for v in seen) / len(seen)
    return mean, variance
