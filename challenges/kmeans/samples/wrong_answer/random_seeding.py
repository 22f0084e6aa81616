"""Lloyd done right, seeded with k distinct random points instead of k-means++: on
well-separated clusters it often puts two seeds in one cluster and none in another, and
Lloyd cannot move them apart (a poor local optimum)."""

import numpy as np


def kmeans(points, k, rng):
    n = len(points)
    centroids = points[rng.choice(n, size=k, replace=False)].astype(float)
    labels = np.full(n, -1)
    while True:
        dist = ((points[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        new = dist.argmin(axis=1)
        if labels[0] >= 0:
            slack = 1e-12 * (points**2).sum(axis=1).max()
            keep = dist[np.arange(n), labels] <= dist[np.arange(n), new] + slack
            new = np.where(keep, labels, new)
        counts = np.bincount(new, minlength=k)
        for j in np.flatnonzero(counts == 0):
            own = np.where(np.bincount(new, minlength=k)[new] > 1, dist[np.arange(n), new], -1)
            new[own.argmax()] = j
        if np.array_equal(new, labels):
            return centroids, labels
        labels = new
        centroids = np.stack([points[labels == j].mean(axis=0) for j in range(k)])
