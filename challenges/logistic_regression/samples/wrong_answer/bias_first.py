"""Right fit, but the bias comes first ([b, w1, ..., wd]), as with a column of ones
prepended to X; the contract puts the bias last."""

import numpy as np
from scipy.special import expit


def fit_logistic(X, y, l2):
    n, d = X.shape
    A = np.column_stack([np.ones(n), X])
    penalty = np.r_[0.0, np.full(d, l2)]
    wb = np.zeros(d + 1)
    for _ in range(50):
        p = expit(A @ wb)
        gradient = A.T @ (p - y) / n + penalty * wb
        hessian = A.T @ (A * (p * (1 - p))[:, None]) / n + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        wb -= step
        if np.abs(step).max() < 1e-10:
            break
    return wb
