"""The textbook answer without the rounding slack: k-means++ seeding, then Lloyd until the
labels stop changing. With repeated points the mean of three copies of 1.9 is
1.8999999999999997, two centroids sit a hair apart, and "move when strictly nearer" makes
equal points hop between them forever: the example of four 1.9s, k = 2, never returns."""

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
        if labels is not None:  # exact ties only: rounding still cycles
            keep = dist[np.arange(n), labels] <= dist[np.arange(n), new_labels]
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
