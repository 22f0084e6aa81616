import numpy as np


def one_hot(values):
    categories = sorted(set(values)
    return categories, np.array([[int(v == c) for c in categories] for v in values])
