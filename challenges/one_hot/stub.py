import numpy as np


def one_hot(values: list[str]) -> tuple[list[str], np.ndarray]:
    """Return (categories, matrix): the distinct values sorted, and an integer array of
    shape (n, c) with a single 1 per row, in the column of that row's value.

    values are any Python strings (NUL characters included). Vectorise: no Python work per
    cell of the matrix. Do not modify values.
    """
    raise NotImplementedError("write your solution here")
