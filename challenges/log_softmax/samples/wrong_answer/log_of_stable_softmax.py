"""A stable softmax (shifted by the maximum), then its log: the softmax itself underflows
(exp(-2000) is 0), and log(0) is -inf where -2000 was due."""

import numpy as np


def log_softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return np.log(e / e.sum(axis=1, keepdims=True))
