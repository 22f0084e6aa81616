"""Newton whose Hessian leaves out the penalty's l2 * I: the steps overshoot, the sigmoid
saturates, the Hessian becomes singular (a constant feature makes it singular outright),
and np.linalg.solve raises LinAlgError."""

import numpy as np
from scipy.special import expit


def fit_logistic(X, y, l2):
    n, d = X.shape
    A = np.column_stack([X, np.ones(n)])
    penalty = np.r_[np.full(d, l2), 0.0]
    wb = np.zeros(d + 1)
    for _ in range(200):
        p = expit(A @ wb)
        gradient = A.T @ (p - y) / n + penalty * wb
        hessian = A.T @ (A * (p * (1 - p))[:, None]) / n
        step = np.linalg.solve(hessian, gradient)
        wb -= step
        if np.abs(step).max() < 1e-12:
            break
    return wb
