"""Lloyd with scipy.spatial.distance.cdist for the distances and a one-hot matrix product
for the means."""

import numpy as np
from scipy.spatial.distance import cdist


def kmeans(points, k, rng):
    n = len(points)
    centers = np.empty((k, points.shape[1]))
    centers[0] = points[rng.integers(n)]
    closest = cdist(points, centers[:1], "sqeuclidean").ravel()
    for j in range(1, k):
        total = closest.sum()
        index = rng.choice(n, p=closest / total) if total > 0 else rng.integers(n)
        centers[j] = points[index]
        closest = np.minimum(closest, cdist(points, centers[j : j + 1], "sqeuclidean").ravel())
    labels = np.full(n, -1)
    for _ in range(1000):
        dist = cdist(points, centers, "sqeuclidean")
        new = dist.argmin(axis=1)
        if labels[0] >= 0:
            stay = dist[np.arange(n), labels] <= dist[np.arange(n), new]
            new[stay] = labels[stay]
        counts = np.bincount(new, minlength=k)
        for empty in np.flatnonzero(counts == 0):
            far = dist[np.arange(n), new] * (counts[new] > 1)
            i = far.argmax()
            counts[new[i]] -= 1
            new[i], counts[empty] = empty, 1
        if np.array_equal(new, labels):
            break
        labels = new
        onehot = np.zeros((n, k))
        onehot[np.arange(n), labels] = 1.0
        centers = (onehot.T @ points) / onehot.sum(axis=0)[:, None]
    return centers, labels
