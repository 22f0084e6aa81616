# complexity: O(n)
"""Similarities for all rows at once, then argpartition for the k best and a sort of those k
only (k is fixed; the work is linear in n)."""

import numpy as np


def most_similar(vectors, query, k):
    n = len(vectors)
    k = min(k, n)
    if k == 0:
        return []
    norms = np.linalg.norm(vectors, axis=1)
    dots = vectors @ query
    similarity = np.zeros(n)
    nonzero = norms > 0
    similarity[nonzero] = dots[nonzero] / (norms[nonzero] * np.linalg.norm(query))
    if k < n:
        top = np.argpartition(-similarity, k - 1)[:k]
    else:
        top = np.arange(n)
    return top[np.argsort(-similarity[top])].tolist()
