"""Means by a list comprehension: an empty cluster's mean is nan (numpy only warns), and
the nan centroid is returned."""

import numpy as np


def kmeans(points, k, rng):
    n = len(points)
    centroids = points[rng.choice(n, size=k, replace=False)].astype(float)
    labels = np.full(n, -1)
    with np.errstate(all="ignore"):
        for _ in range(100):
            dist = ((points[:, None] - centroids[None]) ** 2).sum(2)
            dist[np.isnan(dist)] = np.inf
            new = dist.argmin(1)
            if np.array_equal(new, labels):
                break
            labels = new
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                centroids = np.array([points[labels == j].mean(0) for j in range(k)])
    return centroids, labels
