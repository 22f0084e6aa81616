# complexity: O(n)
"""Plain (full-batch) gradient descent with a backtracking line search: try twice the last
step, halve it until the objective drops enough (Armijo), and stop when the gradient
vanishes or a step gains nothing more in floating point."""

import numpy as np
from scipy.special import expit


def fit_logistic(X, y, l2):
    n, d = X.shape
    s = 2.0 * y - 1.0
    w, b = np.zeros(d), 0.0

    def loss(w, b):
        return np.mean(np.logaddexp(0.0, -s * (X @ w + b))) + 0.5 * l2 * w @ w

    current, step = loss(w, b), 1.0
    for _ in range(100_000):
        r = (expit(X @ w + b) - y) / n
        gw, gb = X.T @ r + l2 * w, r.sum()
        squared = gw @ gw + gb * gb
        if squared < 1e-20:
            break
        step *= 2
        while True:
            new_w, new_b = w - step * gw, b - step * gb
            value = loss(new_w, new_b)
            if value <= current - 0.5 * step * squared:
                break
            step /= 2
            if step < 1e-20:  # no step lowers the objective any more
                return np.append(w, b)
        gained = current - value
        w, b, current = new_w, new_b, value
        if gained <= 1e-15 * current:  # converged to floating-point precision
            break
    return np.append(w, b)
