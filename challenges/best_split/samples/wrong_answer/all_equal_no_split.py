"""Right on every real split, but when x has fewer than two distinct values it returns
"no split" (the value itself and the impurity of all samples) instead of raising
ValueError as the statement says."""

import numpy as np


def best_split(x, y):
    if len(x) == 0:
        return 0.0, 0.0
    order = np.argsort(x)
    xs, ys = x[order], y[order]
    n = len(xs)
    cut = np.flatnonzero(np.diff(xs) > 0)
    if len(cut) == 0:
        p = ys.mean()
        return float(xs[0]), float(2 * p * (1 - p))
    nl = cut + 1
    al = np.cumsum(ys)[cut]
    ar = ys.sum() - al
    num = al * (nl - al) * (n - nl) + ar * (n - nl - ar) * nl
    score = num / (nl * (n - nl))
    best = np.flatnonzero(score <= score.min() * (1 + 1e-12))[0]
    return (xs[cut[best]] + xs[cut[best] + 1]) / 2, 2 * score[best] / n
