"""Computes D(q || p) instead of D(p || q): q weights the terms and p is in the denominator.
Right only when the two are symmetric; finite where the answer is inf, and the other way."""

import numpy as np


def kl_divergence(p, q):
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = q * np.log(q / p)
    return float(np.where(q > 0, terms, 0.0).sum())
