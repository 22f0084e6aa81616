import numpy as np


def kl_divergence(p: np.ndarray, q: np.ndarray) -> float:
    """Return D(p || q) = sum(p * log(p / q)) in nats, as a float.

    p and q are float arrays of the same shape, each non-negative and summing to 1. Entries
    with p_i = 0 contribute 0; an entry with p_i > 0 and q_i = 0 makes the answer inf.
    Vectorise: no Python loop over the entries. Do not modify p or q.
    """
    raise NotImplementedError("write your solution here")
