"""np.unique on an object array keeps the NULs, but list() of the result holds numpy.str_
objects, not Python str (.tolist() would convert them)."""

import numpy as np


def one_hot(values):
    categories = sorted(set(values))
    column = {category: j for j, category in enumerate(categories)}
    matrix = np.zeros((len(values), len(categories)), dtype=int)
    matrix[np.arange(len(values)), [column[value] for value in values]] = 1
    return list(np.array(categories, dtype=str)), matrix
