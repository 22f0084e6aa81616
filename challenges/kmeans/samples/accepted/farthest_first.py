"""Deterministic farthest-first seeding (each next seed is the point farthest from the
seeds so far): on well-separated clusters it lands one seed per cluster, and it needs no
randomness at all. Distances by the expansion |x|^2 - 2 x.c + |c|^2 (one matrix product)."""

import numpy as np


def kmeans(points, k, rng):
    n = len(points)
    seeds = [0]
    far = ((points - points[0]) ** 2).sum(axis=1)
    for _ in range(1, k):
        candidates = np.setdiff1d(np.arange(n), seeds)
        pick = candidates[np.argmax(far[candidates])]
        seeds.append(int(pick))
        far = np.minimum(far, ((points - points[pick]) ** 2).sum(axis=1))
    centroids = points[seeds].copy()
    squares = (points**2).sum(axis=1)[:, None]
    labels = np.full(n, -1)
    while True:
        dist = squares - 2 * points @ centroids.T + (centroids**2).sum(axis=1)[None, :]
        new = dist.argmin(axis=1)
        if labels[0] >= 0:
            old = dist[np.arange(n), labels]
            new = np.where(old <= dist[np.arange(n), new], labels, new)
        counts = np.bincount(new, minlength=k)
        while (counts == 0).any():
            empty = int(np.flatnonzero(counts == 0)[0])
            cost = np.where(counts[new] > 1, dist[np.arange(n), new], -np.inf)
            i = int(cost.argmax())
            counts[new[i]] -= 1
            new[i] = empty
            counts[empty] = 1
        if np.array_equal(new, labels):
            return centroids, labels
        labels = new
        sums = np.zeros_like(centroids)
        np.add.at(sums, labels, points)
        centroids = sums / np.bincount(labels, minlength=k)[:, None]
