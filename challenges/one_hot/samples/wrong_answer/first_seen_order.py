"""Columns in the order the values first appear (dict.fromkeys keeps it) instead of sorted."""

import numpy as np


def one_hot(values):
    categories = list(dict.fromkeys(values))
    column = {category: j for j, category in enumerate(categories)}
    matrix = np.zeros((len(values), len(categories)), dtype=int)
    matrix[np.arange(len(values)), [column[value] for value in values]] = 1
    return categories, matrix
