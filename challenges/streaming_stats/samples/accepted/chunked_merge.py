"""Exact-ish in chunks: two passes over each chunk of 256 values, then Chan's formula to
merge the chunk's (count, mean, M2) into the running totals. Memory is one chunk."""

from itertools import islice


def mean_and_variance(values):
    it = iter(values)
    n, mean, m2 = 0, 0.0, 0.0
    while chunk := list(islice(it, 256)):
        k = len(chunk)
        chunk_mean = sum(chunk) / k
        chunk_m2 = sum((x - chunk_mean) ** 2 for x in chunk)
        delta = chunk_mean - mean
        total = n + k
        mean += delta * k / total
        m2 += chunk_m2 + delta * delta * n * k / total
        n = total
    return mean, m2 / n
