"""Right values, but z is shifted in place (z -= max) to save a copy: the caller's logits
are changed, which the contract forbids."""

import numpy as np


def log_softmax(z):
    z -= z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))
