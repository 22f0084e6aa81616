"""Adds 1e-10 to q so that nothing is ever divided by zero: where q_i = 0 under a positive
p_i the answer is a large finite number instead of inf."""

import numpy as np


def kl_divergence(p, q):
    support = p > 0
    return float(np.sum(p[support] * np.log(p[support] / (q[support] + 1e-10))))
