# complexity: O(n log n)
"""Right, zero rows included, but a Python loop over the rows: one small dot product and one
norm per row, each paying numpy's call overhead, tens of times slower than one product for
all rows."""

import math

import numpy as np


def most_similar(vectors, query, k):
    query_norm = math.sqrt(float(query @ query))
    similarity = []
    for row in vectors:
        norm = math.sqrt(float(row @ row))
        similarity.append(float(row @ query) / (norm * query_norm) if norm > 0 else 0.0)
    return np.argsort(-np.array(similarity), kind="stable")[:k].tolist()
