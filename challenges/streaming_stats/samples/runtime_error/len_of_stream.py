def mean_and_variance(values):
    n = len(values)
    mean = sum(values) / n
    return mean, sum((x - mean) ** 2 for x in values) / n
