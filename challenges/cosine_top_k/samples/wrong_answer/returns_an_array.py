"""Right rows in the right order, but returned as a numpy array instead of a list."""

import numpy as np


def most_similar(vectors, query, k):
    norms = np.linalg.norm(vectors, axis=1) * np.linalg.norm(query)
    with np.errstate(divide="ignore", invalid="ignore"):
        similarity = np.where(norms > 0, (vectors @ query) / norms, 0.0)
    return np.argsort(-similarity, kind="stable")[:k]
