# complexity: O(n)
"""scipy.optimize.minimize with L-BFGS-B and its default settings, given the objective and
its gradient (np.logaddexp and expit keep both finite)."""

import numpy as np
from scipy.optimize import minimize
from scipy.special import expit


def fit_logistic(X, y, l2):
    n, d = X.shape
    s = 2.0 * y - 1.0

    def objective(wb):
        w, b = wb[:-1], wb[-1]
        z = X @ w + b
        r = (expit(z) - y) / n
        value = np.mean(np.logaddexp(0.0, -s * z)) + 0.5 * l2 * w @ w
        return value, np.append(X.T @ r + l2 * w, r.sum())

    return minimize(objective, np.zeros(d + 1), jac=True, method="L-BFGS-B").x
