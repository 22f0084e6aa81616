# complexity: O(n)
"""numpy's weighted average, twice; the answers are numpy float64 scalars, which count."""

import numpy as np


def combine_groups(groups):
    counts, means, variances = np.array(groups, dtype=float).T
    mean = np.average(means, weights=counts)
    variance = np.average(variances + (means - mean) ** 2, weights=counts)
    return mean, variance
