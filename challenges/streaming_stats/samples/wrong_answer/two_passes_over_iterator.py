"""The two-pass formula straight on the iterator: the second pass finds it used up."""


def mean_and_variance(values):
    n = 0
    total = 0.0
    for x in values:
        n += 1
        total += x
    mean = total / n
    squares = sum((x - mean) ** 2 for x in values)  # values is already exhausted
    return mean, squares / n
