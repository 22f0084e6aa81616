import numpy as np


def best_split(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Return (threshold, weighted_gini) of the best split x <= threshold / x > threshold.

    x is a float array (n,), y an integer array (n,) of 0s and 1s. The threshold is the
    midpoint between two adjacent distinct values of x; the weighted Gini impurity of the
    two sides is the lowest possible, and among equally good splits (equal as fractions of
    counts) the lowest threshold wins. Raise ValueError when x has fewer than two distinct
    values. Do not modify x or y.
    """
    raise NotImplementedError("write your solution here")
