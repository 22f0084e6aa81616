# complexity: O(n log n)
"""np.unique on an object array: the values stay Python strings (NULs kept), sorted with
Python comparisons; return_inverse gives every row's column."""

import numpy as np


def one_hot(values):
    categories, codes = np.unique(np.array(values, dtype=object), return_inverse=True)
    matrix = np.zeros((len(values), len(categories)), dtype=np.int32)
    matrix[np.arange(len(values)), codes.reshape(-1)] = 1
    return categories.tolist(), matrix
