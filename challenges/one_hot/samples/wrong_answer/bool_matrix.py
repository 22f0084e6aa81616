"""A boolean matrix (the comparison itself, never converted): True is not an integer dtype."""

import numpy as np


def one_hot(values):
    categories = sorted(set(values))
    column = {category: j for j, category in enumerate(categories)}
    codes = np.array([column[value] for value in values], dtype=np.intp)
    return categories, codes[:, None] == np.arange(len(categories))
