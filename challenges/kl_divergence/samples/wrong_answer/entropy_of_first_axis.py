"""scipy.stats.entropy(p, q) works along axis 0: for a 2-D joint distribution it returns one
divergence per column (an array), not the divergence of the whole distribution."""

from scipy.stats import entropy


def kl_divergence(p, q):
    result = entropy(p, q)
    return float(result) if result.ndim == 0 else result
