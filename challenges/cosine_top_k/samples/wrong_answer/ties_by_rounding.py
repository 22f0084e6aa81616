"""Rounds the similarities to 6 decimals "so that equal rows tie exactly", then breaks the
ties by index. But only similarities within 1e-9 are ties: two rows 5e-7 apart are not, and
the lower index wins against the better row (ties broken the wrong way)."""

import numpy as np


def most_similar(vectors, query, k):
    norms = np.linalg.norm(vectors, axis=1) * np.linalg.norm(query)
    with np.errstate(divide="ignore", invalid="ignore"):
        similarity = np.where(norms > 0, (vectors @ query) / norms, 0.0)
    return np.argsort(-np.round(similarity, 6), kind="stable")[:k].tolist()
