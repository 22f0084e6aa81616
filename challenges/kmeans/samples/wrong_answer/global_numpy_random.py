"""k-means++ with np.random instead of the rng it was given: not reproducible."""

import numpy as np


def kmeans(points, k, rng):
    n = len(points)
    idx = [np.random.randint(n)]
    d2 = ((points - points[idx[0]]) ** 2).sum(1)
    for _ in range(1, k):
        idx.append(np.random.choice(n, p=d2 / d2.sum()) if d2.sum() > 0 else np.random.randint(n))
        d2 = np.minimum(d2, ((points - points[idx[-1]]) ** 2).sum(1))
    centroids = points[idx].astype(float)
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
