"""Cosine similarity of every row at once, then the top k by a partial sort.

cos(v, q) = v . q / (|v| |q|). One matrix-vector product gives every dot product; the row
norms come from `einsum("ij,ij->i")` (a sum of squares per row, without the (n, d)
temporary that `vectors ** 2` would make). A zero row has no direction: the contract gives
it similarity 0, so its 0/0 is replaced after the fact (`np.where`, numpy's warnings
silenced). The query is non-zero by the contract.

The top k: `argpartition` puts the k best (in some order) first in O(n), and only those k
are sorted, best first: O(n + k log k) after the O(n d) similarities. The sort is stable on
the negated similarities, so exact ties come lowest index first, although the contract
lets ties (within 1e-9) come in either order. With k >= n every row is sorted; k = 0 gives
an empty list. The indices go back as a list of Python ints (`tolist()`).

Time O(n d) for n rows of d. Memory: a few arrays of n floats.
"""

import numpy as np


def most_similar(vectors: np.ndarray, query: np.ndarray, k: int) -> list[int]:
    n = len(vectors)
    m = min(k, n)
    if m == 0:
        return []
    norms = np.sqrt(np.einsum("ij,ij->i", vectors, vectors))
    with np.errstate(divide="ignore", invalid="ignore"):
        similarity = np.where(norms > 0, (vectors @ query) / (norms * np.linalg.norm(query)), 0.0)
    top = np.arange(n)
    if m < n:  # the m best; argpartition leaves them unordered, so by index first
        top = np.sort(np.argpartition(-similarity, m - 1)[:m])
    order = np.argsort(-similarity[top], kind="stable")
    return top[order].tolist()
