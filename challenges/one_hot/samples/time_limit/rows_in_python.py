# complexity: O(n)
"""Builds every row in Python, one comparison per category (n c cells of Python work, with
c = 256 here), then converts the list of lists: right, and 60 to 90 times the reference."""

import numpy as np


def one_hot(values):
    categories = sorted(set(values))
    rows = [[1 if value == category else 0 for category in categories] for value in values]
    return categories, np.array(rows, dtype=int).reshape(len(values), len(categories))
