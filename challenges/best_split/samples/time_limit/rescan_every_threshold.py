# complexity: O(n^2)
"""Every midpoint between distinct values is tried, and each one rescans all the samples
with a vectorised mask: O(n) per threshold, O(n^2) in all (numpy only makes each rescan
fast, not fewer)."""

import numpy as np


def best_split(x, y):
    values = np.unique(x)
    if len(values) < 2:
        raise ValueError("fewer than two distinct values")
    n, total = len(x), int(y.sum())
    best = None
    for t in (values[:-1] + values[1:]) / 2:
        left = x <= t
        nl = int(left.sum())
        al = int(y[left].sum())
        nr, ar = n - nl, total - al
        num = al * (nl - al) * nr + ar * (nr - ar) * nl
        den = nl * nr
        if best is None or num * best[1] < best[0] * den:
            best = (num, den, float(t))
    return best[2], 2 * best[0] / (n * best[1])
