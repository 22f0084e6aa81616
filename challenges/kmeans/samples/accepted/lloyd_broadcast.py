"""The textbook answer: k-means++ seeding, then Lloyd with broadcasting until the labels
stop changing (a point moves only to a centroid nearer by more than a rounding error); an
emptied cluster is re-seeded with the worst-served point."""

import numpy as np


def kmeans(points, k, rng):
    n = len(points)
    centroids = [points[rng.integers(n)]]
    d2 = ((points - centroids[0]) ** 2).sum(axis=1)
    for _ in range(1, k):
        if d2.sum() > 0:
            i = rng.choice(n, p=d2 / d2.sum())
        else:
            i = rng.integers(n)
        centroids.append(points[i])
        d2 = np.minimum(d2, ((points - points[i]) ** 2).sum(axis=1))
    centroids = np.array(centroids, dtype=float)

    labels = None
    while True:
        dist = ((points[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        new_labels = dist.argmin(axis=1)
        if labels is not None:
            # keep the old label unless another centroid is nearer by more than rounding
            slack = 1e-12 * (points**2).sum(axis=1).max()
            keep = dist[np.arange(n), labels] <= dist[np.arange(n), new_labels] + slack
            new_labels = np.where(keep, labels, new_labels)
        for j in range(k):
            if not np.any(new_labels == j):
                sizes = np.bincount(new_labels, minlength=k)
                own = dist[np.arange(n), new_labels]
                own[sizes[new_labels] < 2] = -1
                new_labels[own.argmax()] = j
        if labels is not None and np.array_equal(new_labels, labels):
            return centroids, labels
        labels = new_labels
        centroids = np.array([points[labels == j].mean(axis=0) for j in range(k)])
