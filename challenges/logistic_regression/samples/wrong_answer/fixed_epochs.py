"""Gradient descent with a fixed learning rate of 0.1 for a fixed 200 steps, as many
tutorials do: close, but not at the minimum."""

import numpy as np
from scipy.special import expit


def fit_logistic(X, y, l2):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(200):
        r = (expit(X @ w + b) - y) / n
        w -= 0.1 * (X.T @ r + l2 * w)
        b -= 0.1 * r.sum()
    return np.append(w, b)
