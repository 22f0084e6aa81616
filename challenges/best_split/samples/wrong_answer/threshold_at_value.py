"""Finds the best cut, but returns the last value on its left as the threshold (x <= t
gives the same split) instead of the midpoint the statement asks for."""

import numpy as np


def best_split(x, y):
    order = np.argsort(x)
    xs, ys = x[order], y[order]
    cut = np.flatnonzero(np.diff(xs) > 0)
    if len(cut) == 0:
        raise ValueError("fewer than two distinct values")
    n = len(xs)
    nl = cut + 1
    al = np.cumsum(ys)[cut]
    ar = ys.sum() - al
    num = al * (nl - al) * (n - nl) + ar * (n - nl - ar) * nl
    score = num / (nl * (n - nl))
    best = np.flatnonzero(score <= score.min() * (1 + 1e-12))[0]
    return xs[cut[best]], 2 * score[best] / n
