# complexity: O(n)
"""Divides by the row norms only: the query's norm scales every similarity alike, so the
order does not change. Ties by index with lexsort (lowest index first among exact ties)."""

import numpy as np


def most_similar(vectors, query, k):
    norms = np.sqrt((vectors * vectors).sum(axis=1))
    scores = np.divide(vectors @ query, norms, out=np.zeros(len(vectors)), where=norms > 0)
    k = min(k, len(scores))
    if k == 0:
        return []
    candidates = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(k)
    order = np.lexsort((candidates, -scores[candidates]))
    return [int(i) for i in candidates[order]]
