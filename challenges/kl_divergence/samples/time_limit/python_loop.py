# complexity: O(n)
"""Right, with both limits handled, but a Python loop over the entries: a million math.log
calls, 30 to 60 times slower than one vectorised pass."""

import math


def kl_divergence(p, q):
    total = 0.0
    for p_i, q_i in zip(p.ravel().tolist(), q.ravel().tolist()):
        if p_i > 0:
            if q_i == 0:
                return math.inf
            total += p_i * math.log(p_i / q_i)
    return total
