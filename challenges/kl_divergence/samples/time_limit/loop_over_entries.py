# complexity: O(n)
"""Right, but a loop over the indices of the numpy arrays: every p[i] is a numpy scalar,
and every step costs far more than the vectorised pass does per entry."""

import numpy as np


def kl_divergence(p, q):
    p, q = p.ravel(), q.ravel()
    total = 0.0
    for i in range(p.size):
        if p[i] > 0:
            if q[i] == 0:
                return np.inf
            total += p[i] * np.log(p[i] / q[i])
    return float(total)
