# complexity: O(n)
"""The textbook stable form: shift each row by its maximum, then subtract the log of the
sum of the exponentials."""

import numpy as np


def log_softmax(z):
    m = np.max(z, axis=1, keepdims=True)
    e = np.exp(z - m)
    return z - m - np.log(np.sum(e, axis=1, keepdims=True))
