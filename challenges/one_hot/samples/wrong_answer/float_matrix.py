"""Right 0s and 1s, but np.zeros's default dtype is float64: a float matrix where an integer
one is promised."""

import numpy as np


def one_hot(values):
    categories = sorted(set(values))
    column = {category: j for j, category in enumerate(categories)}
    matrix = np.zeros((len(values), len(categories)))
    matrix[np.arange(len(values)), [column[value] for value in values]] = 1
    return categories, matrix
