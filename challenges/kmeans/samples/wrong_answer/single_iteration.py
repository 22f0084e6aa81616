"""k-means++ seeding, then a single Lloyd iteration (assign, update) and stop: not converged
unless the seeds happened to be good enough."""

import numpy as np


def kmeans(points, k, rng):
    n = len(points)
    idx = [rng.integers(n)]
    d2 = ((points - points[idx[0]]) ** 2).sum(1)
    for _ in range(1, k):
        idx.append(rng.choice(n, p=d2 / d2.sum()) if d2.sum() > 0 else rng.integers(n))
        d2 = np.minimum(d2, ((points - points[idx[-1]]) ** 2).sum(1))
    centroids = points[idx].astype(float)
    dist = ((points[:, None] - centroids[None]) ** 2).sum(2)
    labels = dist.argmin(1)
    for j in range(k):  # an empty cluster takes the worst-served point of a larger one
        if not (labels == j).any():
            sizes = np.bincount(labels, minlength=k)
            own = np.where(sizes[labels] > 1, dist[np.arange(n), labels], -1.0)
            labels[own.argmax()] = j
    centroids = np.stack([points[labels == j].mean(0) for j in range(k)])
    return centroids, labels
