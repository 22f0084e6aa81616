"""Sort + prefix counts, with the impurity as the textbook writes it, 1 - p^2 - q^2, and
np.argmin on the floats: equal impurities can differ in their last bit, and then the tie
goes to whichever rounded down, not to the lowest threshold."""

import numpy as np


def best_split(x, y):
    order = np.argsort(x)
    xs, ys = x[order], y[order]
    cut = np.flatnonzero(np.diff(xs) > 0)
    if len(cut) == 0:
        raise ValueError("fewer than two distinct values")
    n = len(xs)
    nl = cut + 1
    nr = n - nl
    pl = np.cumsum(ys)[cut] / nl
    pr = (ys.sum() - np.cumsum(ys)[cut]) / nr
    gini_left = 1 - pl**2 - (1 - pl) ** 2
    gini_right = 1 - pr**2 - (1 - pr) ** 2
    weighted = nl / n * gini_left + nr / n * gini_right
    best = np.argmin(weighted)
    return (xs[cut[best]] + xs[cut[best] + 1]) / 2, weighted[best]
