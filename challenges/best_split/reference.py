"""Sort once, count with prefix sums, score every cut at once, break ties exactly.

After sorting, the splits `x <= t` / `x > t` with t between two adjacent distinct values
are the cuts after positions i where xs[i] < xs[i + 1]: the left side is xs[:i + 1]. A
prefix sum of the sorted labels gives the ones on the left of every cut at once, so all
cuts cost O(n) after the O(n log n) sort (a rescan of the data per cut would be O(n^2)).

With nL points and aL ones on the left, nR and aR on the right (n in all), the Gini
impurity of a side is 1 - p^2 - (1 - p)^2 = 2 p (1 - p), and the weighted impurity is

    nL/n * 2 aL (nL - aL) / nL^2  +  nR/n * 2 aR (nR - aR) / nR^2
        = 2 * [aL (nL - aL) nR + aR (nR - aR) nL] / (n nL nR),

a fraction of integers. Ties are decided on those fractions, exactly: in floating point two
equal fractions can differ in the last bit (1/3 comes out as 0.3333333333333333 or
0.33333333333333337 depending on the order of the operations), and np.argmin would then
pick whichever happened to round down. So the floats only find the candidates (within a
relative 1e-12 of the smallest); the candidates are then compared as Python integers (no
overflow), and the first of the exact minima, the lowest threshold, wins. The impurity is
returned as the float nearest to the exact fraction.
"""

from fractions import Fraction

import numpy as np

NEAR = 1e-12  # relative: how close a float score must be to the minimum to be a candidate


def best_split(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    order = np.argsort(x, kind="stable")
    xs = x[order]
    n = len(xs)
    cuts = np.flatnonzero(xs[:-1] < xs[1:])  # the left side of a cut is xs[: i + 1]
    if cuts.size == 0:
        raise ValueError("x needs at least two distinct values to be split")
    ones_before = np.cumsum(y[order].astype(np.int64))
    n_left = cuts + 1
    n_right = n - n_left
    ones_left = ones_before[cuts]
    ones_right = ones_before[-1] - ones_left
    # Integers up to n^3 / 4: exact in int64 for any array that fits in memory.
    numerator = ones_left * (n_left - ones_left) * n_right
    numerator += ones_right * (n_right - ones_right) * n_left
    denominator = n_left * n_right
    score = numerator / denominator  # proportional to the weighted impurity
    candidates = np.flatnonzero(score <= score.min() * (1 + NEAR))
    best = min(  # exact, and on a tie the first (lowest threshold) candidate
        candidates, key=lambda c: (Fraction(int(numerator[c]), int(denominator[c])), c)
    )
    cut = cuts[best]
    threshold = (float(xs[cut]) + float(xs[cut + 1])) / 2
    impurity = 2 * Fraction(int(numerator[best]), n * int(denominator[best]))
    return threshold, float(impurity)
