"""Welford in numpy float64 scalars (a numpy habit): numpy scalars count as floats."""

import numpy as np


def mean_and_variance(values):
    n = 0
    mean = np.float64(0.0)
    m2 = np.float64(0.0)
    for x in values:
        n += 1
        delta = x - mean
        mean += delta / n
        m2 += delta * (x - mean)
    return mean, m2 / n
