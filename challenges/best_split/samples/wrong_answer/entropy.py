"""The weighted entropy (information gain) instead of the Gini impurity: a fine criterion,
but not the one asked for; its best split and its value differ."""

import numpy as np


def _entropy(p):
    with np.errstate(divide="ignore", invalid="ignore"):
        h = -(p * np.log2(p) + (1 - p) * np.log2(1 - p))
    return np.nan_to_num(h)


def best_split(x, y):
    order = np.argsort(x)
    xs, ys = x[order], y[order]
    cut = np.flatnonzero(np.diff(xs) > 0)
    if len(cut) == 0:
        raise ValueError("fewer than two distinct values")
    n = len(xs)
    nl = cut + 1.0
    al = np.cumsum(ys)[cut]
    h = (nl * _entropy(al / nl) + (n - nl) * _entropy((ys.sum() - al) / (n - nl))) / n
    best = np.flatnonzero(h <= h.min() + 1e-12)[0]
    return (xs[cut[best]] + xs[cut[best] + 1]) / 2, h[best]
