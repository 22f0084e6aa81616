# complexity: O(n)
"""A loop over the rows that makes each row as a list of c zeros and sets its 1: c cells of
Python work per row (c = 256 here), and a list of lists for numpy to convert: 30 to 60
times the reference."""

import numpy as np


def one_hot(values):
    categories = sorted(set(values))
    column = {category: j for j, category in enumerate(categories)}
    matrix = []
    for value in values:
        row = [0] * len(categories)
        row[column[value]] = 1
        matrix.append(row)
    return categories, np.array(matrix, dtype=np.int64).reshape(len(values), len(categories))
