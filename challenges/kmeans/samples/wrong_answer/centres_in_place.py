"""Centres the data in place first (points -= mean) "for numerical stability" and shifts
the centroids back: right clustering, but the caller's array is changed."""

import numpy as np


def kmeans(points, k, rng):
    offset = points.mean(axis=0)
    points -= offset
    n = len(points)
    picks = [rng.integers(n)]
    d2 = ((points - points[picks[0]]) ** 2).sum(1)
    for _ in range(1, k):
        picks.append(rng.choice(n, p=d2 / d2.sum()) if d2.sum() > 0 else rng.integers(n))
        d2 = np.minimum(d2, ((points - points[picks[-1]]) ** 2).sum(1))
    centroids = points[picks].astype(float)
    labels = None
    while True:
        dist = ((points[:, None] - centroids[None]) ** 2).sum(2)
        new = dist.argmin(1)
        if labels is not None:
            keep = dist[np.arange(n), labels] <= dist[np.arange(n), new]
            new = np.where(keep, labels, new)
        counts = np.bincount(new, minlength=k)
        for j in np.flatnonzero(counts == 0):
            own = np.where(np.bincount(new, minlength=k)[new] > 1, dist[np.arange(n), new], -1)
            new[own.argmax()] = j
        if labels is not None and np.array_equal(new, labels):
            return centroids + offset, labels
        labels = new
        centroids = np.stack([points[labels == j].mean(0) for j in range(k)])
