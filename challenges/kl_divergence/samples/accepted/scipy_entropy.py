# complexity: O(n)
"""scipy.stats.entropy(p, q) is D(p || q) in nats. It works along the first axis of a 2-D
array, so the arrays are flattened first (it also renormalises, which changes nothing here)."""

from scipy.stats import entropy


def kl_divergence(p, q):
    return float(entropy(p.ravel(), q.ravel()))
