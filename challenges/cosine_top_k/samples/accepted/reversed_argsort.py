# complexity: O(n log n)
"""np.argsort(similarity)[::-1]: best first, with exact ties highest index first (reversing
an ascending sort reverses the ties too). The contract lets ties come in either order."""

import numpy as np


def most_similar(vectors, query, k):
    norms = np.linalg.norm(vectors, axis=1) * np.linalg.norm(query)
    with np.errstate(divide="ignore", invalid="ignore"):
        similarity = np.where(norms > 0, (vectors @ query) / norms, 0.0)
    return np.argsort(similarity, kind="stable")[::-1][:k].tolist()
