"""Seeds by picking far-apart points from the full matrix of pairwise distances: an n x n
array, which for 12,500 points alone is 1.25 GB."""

import numpy as np


def kmeans(points, k, rng):
    n = len(points)
    pairwise = ((points[:, None, :] - points[None, :, :]) ** 2).sum(axis=2)
    picks = [int(rng.integers(n))]
    for _ in range(1, k):
        weights = pairwise[:, picks].min(axis=1)
        picks.append(int(rng.choice(n, p=weights / weights.sum())) if weights.sum() else int(rng.integers(n)))
    centroids = points[picks].astype(float)
    labels = None
    while True:
        dist = ((points[:, None] - centroids[None]) ** 2).sum(2)
        new = dist.argmin(1)
        if labels is not None:
            slack = 1e-12 * (points**2).sum(1).max()
            keep = dist[np.arange(n), labels] <= dist[np.arange(n), new] + slack
            new = np.where(keep, labels, new)
        counts = np.bincount(new, minlength=k)
        for j in np.flatnonzero(counts == 0):
            own = np.where(np.bincount(new, minlength=k)[new] > 1, dist[np.arange(n), new], -1)
            new[own.argmax()] = j
        if labels is not None and np.array_equal(new, labels):
            return centroids, labels
        labels = new
        centroids = np.stack([points[labels == j].mean(0) for j in range(k)])
