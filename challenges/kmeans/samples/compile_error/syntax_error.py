import numpy as np


def kmeans(points, k, rng):
    centroids = points[rng.choice(len(points), size=k, replace=False)]
    labels = ((points[:, None] - centroids[None]) ** 2).sum(2).argmin(1
    return centroids, labels
