"""The formula as written: where p_i = 0, numpy computes 0 * log(0) = 0 * -inf = nan, and the
whole sum is nan."""

import numpy as np


def kl_divergence(p, q):
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(np.sum(p * np.log(p / q)))
