# complexity: O(n)
"""Newton's method, right and stable, but the gradient and the Hessian are summed one
sample at a time in a Python loop: a few numpy calls per sample and iteration, where the
vectorised form does one matrix product for all of them."""

import numpy as np
from scipy.special import expit


def fit_logistic(X, y, l2):
    n, d = X.shape
    penalty = np.r_[np.full(d, l2), 0.0]
    wb = np.zeros(d + 1)
    for _ in range(50):
        gradient = np.zeros(d + 1)
        hessian = np.zeros((d + 1, d + 1))
        for i in range(n):
            a = np.append(X[i], 1.0)
            p = expit(a @ wb)
            gradient += (p - y[i]) * a
            hessian += p * (1 - p) * np.outer(a, a)
        gradient = gradient / n + penalty * wb
        hessian = hessian / n + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        wb -= step
        if np.abs(step).max() < 1e-10:
            break
    return wb
