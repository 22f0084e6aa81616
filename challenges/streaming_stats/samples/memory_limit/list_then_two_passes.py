"""The two-pass formula, accurate, after keeping every value in a list."""


def mean_and_variance(values):
    data = list(values)
    n = len(data)
    mean = sum(data) / n
    return mean, sum((x - mean) ** 2 for x in data) / n
