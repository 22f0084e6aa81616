# complexity: O(n log n)
"""Integer counts throughout: each cut's score aL (nL - aL) / nL + aR (nR - aR) / nR is
compared as a fraction, by cross-multiplying Python integers, so ties are exact."""

import numpy as np


def best_split(x, y):
    order = np.argsort(x, kind="stable")
    xs = x[order]
    ones = np.cumsum(y[order])
    n, total = len(xs), int(ones[-1]) if len(xs) else 0
    cuts = np.flatnonzero(xs[1:] != xs[:-1])
    if not len(cuts):
        raise ValueError("x has fewer than two distinct values")
    nl = cuts + 1
    al = ones[cuts]
    num = al * (nl - al) * (n - nl) + (total - al) * (n - nl - total + al) * nl
    den = nl * (n - nl)
    approx = num / den
    best = None
    for c in np.flatnonzero(approx <= approx.min() * (1 + 1e-9)):  # a few candidates
        a, b = int(num[c]), int(den[c])
        if best is None or a * best[1] < best[0] * b:
            best = (a, b, c)
    a, b, c = best
    i = cuts[c]
    return float((xs[i] + xs[i + 1]) / 2), 2 * a / (n * b)
