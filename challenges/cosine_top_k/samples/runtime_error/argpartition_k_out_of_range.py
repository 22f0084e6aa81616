"""np.argpartition(-similarity, k) with no care for k >= n: the kth index is then out of
range, and numpy raises ValueError."""

import numpy as np


def most_similar(vectors, query, k):
    norms = np.linalg.norm(vectors, axis=1) * np.linalg.norm(query)
    with np.errstate(divide="ignore", invalid="ignore"):
        similarity = np.where(norms > 0, (vectors @ query) / norms, 0.0)
    top = np.argpartition(-similarity, k)[:k]
    return top[np.argsort(-similarity[top])].tolist()
