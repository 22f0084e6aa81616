"""The textbook formula per row (axis=1, keepdims=True), without the shift: right for small
logits, nan for a logit of 1000."""

import numpy as np


def log_softmax(z):
    e = np.exp(z)
    return np.log(e / e.sum(axis=1, keepdims=True))
