import numpy as np


def most_similar(vectors: np.ndarray, query: np.ndarray, k: int) -> list[int]:
    """Return the indices of the min(k, n) rows of vectors most cosine-similar to query.

    vectors has shape (n, d), query shape (d,) and is not zero. Best first; a zero row has
    similarity 0; similarities within 1e-9 of each other are ties, in either order. Return
    a list of ints. Vectorise: no Python loop over the rows. Do not modify the inputs.
    """
    raise NotImplementedError("write your solution here")
