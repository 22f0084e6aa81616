"""Stochastic gradient descent: 20 epochs over the shuffled samples with a decaying step.
Each step follows one sample's gradient, so the weights wander around the minimum instead
of settling on it."""

import numpy as np
from scipy.special import expit


def fit_logistic(X, y, l2):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    order = np.random.default_rng(0).permutation(n)
    t = 0
    for _ in range(20):
        for i in order:
            t += 1
            rate = 0.5 / (1 + 0.01 * t)
            r = expit(X[i] @ w + b) - y[i]
            w -= rate * (r * X[i] + l2 * w)
            b -= rate * r
    return np.append(w, b)
