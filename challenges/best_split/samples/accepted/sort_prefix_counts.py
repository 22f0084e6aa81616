# complexity: O(n log n)
"""Sort once, prefix counts of the labels, the impurity of every cut at once; values within
1e-12 of the minimum count as ties, and the first of them (the lowest threshold) wins."""

import numpy as np


def best_split(x, y):
    order = np.argsort(x)
    xs, ys = x[order], y[order]
    cut = np.flatnonzero(np.diff(xs) > 0)  # left side: xs[:cut + 1]
    if len(cut) == 0:
        raise ValueError("fewer than two distinct values")
    n = len(xs)
    n_left = cut + 1.0
    n_right = n - n_left
    ones_left = np.cumsum(ys)[cut]
    ones_right = ys.sum() - ones_left
    p_left, p_right = ones_left / n_left, ones_right / n_right
    gini = (n_left * 2 * p_left * (1 - p_left) + n_right * 2 * p_right * (1 - p_right)) / n
    best = np.flatnonzero(gini <= gini.min() + 1e-12)[0]
    return (xs[cut[best]] + xs[cut[best] + 1]) / 2, gini[best]
