"""Right numbers, returned as a list of lists instead of an ndarray."""

import numpy as np


def log_softmax(z):
    s = z - z.max(axis=1, keepdims=True)
    return (s - np.log(np.exp(s).sum(axis=1, keepdims=True))).tolist()
