# complexity: O(n)
"""Newton's method (IRLS): solve H step = gradient, with the bias as the weight of a column
of ones and no penalty on it; a stable sigmoid (scipy.special.expit)."""

import numpy as np
from scipy.special import expit


def fit_logistic(X, y, l2):
    n, d = X.shape
    A = np.column_stack([X, np.ones(n)])
    penalty = np.r_[np.full(d, l2), 0.0]
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
