# complexity: O(n)
"""D(p || q) = H(p, q) - H(p): cross-entropy minus entropy. xlogy(x, y) = x log y, with
xlogy(0, y) = 0; xlogy(p > 0, 0) = -inf makes the cross-entropy inf."""

import numpy as np
from scipy.special import xlogy


def kl_divergence(p, q):
    cross_entropy = -np.sum(xlogy(p, q))
    entropy = -np.sum(xlogy(p, p))
    return float(cross_entropy - entropy)
