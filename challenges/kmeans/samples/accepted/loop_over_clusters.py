"""Vectorised over the points, with a Python loop over the k clusters (k is small): each
pass of the loop handles all n points at once. Converges on labels, not on centroid
movement."""

import numpy as np


def seed(points, k, rng):
    first = rng.integers(len(points))
    chosen = [first]
    nearest = np.sum((points - points[first]) ** 2, axis=1)
    for _ in range(k - 1):
        weights = nearest / nearest.sum() if nearest.sum() else None
        pick = rng.choice(len(points), p=weights)
        chosen.append(pick)
        nearest = np.minimum(nearest, np.sum((points - points[pick]) ** 2, axis=1))
    return points[chosen].astype(float)


def kmeans(points, k, rng):
    centroids = seed(points, k, rng)
    labels = np.full(len(points), -1)
    while True:
        distances = np.empty((len(points), k))
        for j in range(k):
            distances[:, j] = np.sum((points - centroids[j]) ** 2, axis=1)
        best = distances.argmin(axis=1)
        if labels.min() >= 0:
            rows = np.arange(len(points))
            slack = 1e-12 * np.sum(points**2, axis=1).max()  # rounding: not a real move
            own, nearest = distances[rows, labels], distances[rows, best]
            best = np.where(own <= nearest + slack, labels, best)
        for j in range(k):
            if not (best == j).any():  # empty: steal the farthest point of a big cluster
                counts = np.bincount(best, minlength=k)
                cost = distances[np.arange(len(points)), best]
                cost[counts[best] == 1] = -np.inf
                best[np.argmax(cost)] = j
        if np.array_equal(best, labels):
            return centroids, labels
        labels = best
        for j in range(k):
            centroids[j] = points[labels == j].mean(axis=0)
