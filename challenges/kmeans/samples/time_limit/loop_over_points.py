"""Lloyd with a Python loop over the points: right, but each point costs a few numpy calls
per iteration, far slower than one vectorised step for all of them."""

import numpy as np


def kmeans(points, k, rng):
    n = len(points)
    picks = [int(rng.integers(n))]
    d2 = ((points - points[picks[0]]) ** 2).sum(1)
    for _ in range(1, k):
        total = d2.sum()
        picks.append(int(rng.choice(n, p=d2 / total)) if total > 0 else int(rng.integers(n)))
        d2 = np.minimum(d2, ((points - points[picks[-1]]) ** 2).sum(1))
    centroids = points[picks].astype(float)
    slack = 1e-12 * float((points**2).sum(axis=1).max())  # rounding is not a reason to move
    labels = None
    while True:
        new = np.empty(n, dtype=int)
        own = np.empty(n)
        for i in range(n):  # one point at a time
            dist = ((centroids - points[i]) ** 2).sum(axis=1)
            best = int(dist.argmin())
            if labels is not None and dist[labels[i]] <= dist[best] + slack:
                best = int(labels[i])
            new[i], own[i] = best, dist[best]
        counts = np.bincount(new, minlength=k)
        for j in range(k):
            if counts[j] == 0:
                spare = counts[new] > 1
                i = int(np.argmax(np.where(spare, own, -1.0)))
                counts[new[i]] -= 1
                new[i], counts[j], own[i] = j, 1, 0.0
        if labels is not None and np.array_equal(new, labels):
            return centroids, labels
        labels = new
        sums = np.zeros_like(centroids)
        for i in range(n):
            sums[labels[i]] += points[i]
        centroids = sums / counts[:, None]
