"""The plain mean of the two sides' impurities, (G_left + G_right) / 2, not weighted by
their sizes: a tiny pure side looks as good as a big one."""

import numpy as np


def best_split(x, y):
    order = np.argsort(x)
    xs, ys = x[order], y[order]
    cut = np.flatnonzero(np.diff(xs) > 0)
    if len(cut) == 0:
        raise ValueError("fewer than two distinct values")
    n = len(xs)
    nl = cut + 1.0
    al = np.cumsum(ys)[cut]
    pl, pr = al / nl, (ys.sum() - al) / (n - nl)
    g = (2 * pl * (1 - pl) + 2 * pr * (1 - pr)) / 2
    best = np.flatnonzero(g <= g.min() + 1e-12)[0]
    return (xs[cut[best]] + xs[cut[best] + 1]) / 2, g[best]
