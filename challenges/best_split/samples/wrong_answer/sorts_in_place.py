"""Right answer, but sorts the caller's arrays in place (x.sort() and y = y[order] written
back) to save memory: the inputs are changed, which the contract forbids."""

import numpy as np


def best_split(x, y):
    order = np.argsort(x, kind="stable")
    y[:] = y[order]
    x.sort(kind="stable")
    cut = np.flatnonzero(np.diff(x) > 0)
    if len(cut) == 0:
        raise ValueError("fewer than two distinct values")
    n = len(x)
    nl = cut + 1
    al = np.cumsum(y)[cut]
    ar = y.sum() - al
    num = al * (nl - al) * (n - nl) + ar * (n - nl - ar) * nl
    score = num / (nl * (n - nl))
    best = np.flatnonzero(score <= score.min() * (1 + 1e-12))[0]
    return (x[cut[best]] + x[cut[best] + 1]) / 2, 2 * score[best] / n
