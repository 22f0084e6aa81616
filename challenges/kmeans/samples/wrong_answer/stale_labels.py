"""Lloyd that stops when the inertia improves by less than 0.1%, and returns the centroids of
the last update with the labels computed before it, from the previous centroids."""

import numpy as np


def kmeans(points, k, rng):
    n = len(points)
    idx = [int(rng.integers(n))]
    d2 = ((points - points[idx[0]]) ** 2).sum(1)
    for _ in range(1, k):
        idx.append(int(rng.choice(n, p=d2 / d2.sum())) if d2.sum() > 0 else int(rng.integers(n)))
        d2 = np.minimum(d2, ((points - points[idx[-1]]) ** 2).sum(1))
    centroids = points[idx].astype(float)
    previous = np.inf
    for _ in range(100):
        dist = ((points[:, None] - centroids[None]) ** 2).sum(2)
        labels = dist.argmin(1)
        for j in range(k):
            if not (labels == j).any():
                sizes = np.bincount(labels, minlength=k)
                own = np.where(sizes[labels] > 1, dist[np.arange(n), labels], -1.0)
                labels[own.argmax()] = j
        cost = dist[np.arange(n), labels].sum()
        centroids = np.stack([points[labels == j].mean(0) for j in range(k)])
        if previous - cost <= 1e-3 * previous:
            break
        previous = cost
    return centroids, labels
