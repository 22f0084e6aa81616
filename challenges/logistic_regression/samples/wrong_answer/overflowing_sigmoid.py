"""Newton, with the sigmoid written as exp(z) / (1 + exp(z)): for a logit above 709,
exp(z) is inf and inf / inf is nan, which then spreads to every weight."""

import numpy as np


def sigmoid(z):
    e = np.exp(z)
    return e / (1 + e)


def fit_logistic(X, y, l2):
    n, d = X.shape
    A = np.column_stack([X, np.ones(n)])
    penalty = np.r_[np.full(d, l2), 0.0]
    wb = np.zeros(d + 1)
    for _ in range(50):
        p = sigmoid(A @ wb)
        gradient = A.T @ (p - y) / n + penalty * wb
        hessian = A.T @ (A * (p * (1 - p))[:, None]) / n + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        wb -= step
        if np.abs(step).max() < 1e-10:
            break
    return wb
