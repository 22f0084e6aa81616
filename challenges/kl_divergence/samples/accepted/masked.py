# complexity: O(n)
"""Keep only the entries where p > 0; inf as soon as q is zero at one of them."""

import math

import numpy as np


def kl_divergence(p, q):
    support = p > 0
    p, q = p[support], q[support]
    if np.any(q == 0):
        return math.inf
    return float(np.sum(p * np.log(p / q)))
