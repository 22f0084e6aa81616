"""Raises q's zeros to a tiny epsilon *in place* (np.maximum(..., out=q)): the caller's array
is changed, and inf becomes a large finite number."""

import numpy as np


def kl_divergence(p, q):
    np.maximum(q, 1e-300, out=q)
    support = p > 0
    return float(np.sum(p[support] * np.log(p[support] / q[support])))
