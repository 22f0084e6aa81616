"""Right clustering, but the labels come back as a Python list."""

import numpy as np


def kmeans(points, k, rng):
    n = len(points)
    picks = [rng.integers(n)]
    d2 = ((points - points[picks[0]]) ** 2).sum(1)
    for _ in range(1, k):
        picks.append(rng.choice(n, p=d2 / d2.sum()) if d2.sum() > 0 else rng.integers(n))
        d2 = np.minimum(d2, ((points - points[picks[-1]]) ** 2).sum(1))
    centroids = points[picks].astype(float)
    labels = None
    while True:
        new = ((points[:, None] - centroids[None]) ** 2).sum(2).argmin(1)
        if labels is not None and np.array_equal(new, labels):
            return centroids, labels.tolist()
        labels = new
        centroids = np.stack([points[labels == j].mean(0) for j in range(k)])
