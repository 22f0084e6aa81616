# complexity: O(n)
"""numpy: np.median partitions instead of sorting. The indices come back as numpy ints
inside a list, which count as ints."""

import numpy as np


def outlier_indices(values):
    if not values:
        return []
    x = np.asarray(values, dtype=float)
    median = np.median(x)
    mad = np.median(np.abs(x - median))
    if mad == 0:
        return list(np.flatnonzero(x != median))
    score = 0.6745 * (x - median) / mad
    return list(np.flatnonzero(np.abs(score) > 3.5))
