import numpy as np


def fit_logistic(X: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Fit L2-regularised logistic regression; return the weights (d + 1,), the bias last.

    X is (n, d) float, y (n,) of 0s and 1s (both present), l2 > 0. Minimise the mean
    log-loss of sigmoid(X @ w + b) plus l2 / 2 * ||w||^2 (the bias b is not penalised). Any
    method that gets within the statement's tolerance of the minimum is fine; vectorise it,
    keep it finite for logits of any size, and do not modify X or y.
    """
    raise NotImplementedError("write your solution here")
