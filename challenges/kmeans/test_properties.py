"""Examples and properties of kmeans.

A call's data is `[points, k, seed]` (see harness.py): the function gets a float64 array,
k, and `np.random.default_rng(seed)`. Clusterings are not compared with the reference's
(they may come in any order, and from another seed another one is as good): `accept`
checks that the answer is a converged Lloyd solution (`converged`) whose within-cluster
sum of squares is within OBJECTIVE_RTOL of the reference's. That comparison only means
something where the best clustering is clear: on the examples, and on the tight,
well-separated blobs of the objective property and the performance tier, where k-means++
from any seed finds it. On arbitrary points (the convergence property) a correct solution
can stop in another local optimum, so there only `converged` is checked.
"""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from judge.challenge.authoring import Example, type_name

OBJECTIVE_RTOL = 0.05  # inertia may exceed the reference's by 5%
NEAREST_TOL = 1e-9  # squared distances closer than this (times the data's scale) tie
MEAN_TOL = 1e-9  # a centroid may be this far (times the data's scale) from its mean


def _number(value: float) -> str:
    return f"{value:,.1f}" if abs(value) < 1e12 else f"{value:.4g}"


def _fmt(values) -> str:
    return np.array2string(np.asarray(values), precision=6, separator=", ", threshold=8)


def inertia(points: np.ndarray, centroids: np.ndarray, labels: np.ndarray) -> float:
    """The within-cluster sum of squares: the objective k-means minimises."""
    return float(((points - centroids[labels]) ** 2).sum())


def converged(points: np.ndarray, k: int, got) -> tuple[np.ndarray, np.ndarray]:
    """Check that `got` is a converged Lloyd solution for (points, k); return it."""
    n, d = points.shape
    assert type(got) is tuple and len(got) == 2, (
        f"expected a tuple (centroids, labels), got {type_name(got)}"
    )
    centroids, labels = got
    assert type(centroids) is np.ndarray, (
        f"centroids should be a numpy array of shape ({k}, {d}), got {type_name(centroids)}"
    )
    assert type(labels) is np.ndarray, (
        f"labels should be a numpy array of shape ({n},), got {type_name(labels)}"
    )
    assert centroids.shape == (k, d) and centroids.dtype.kind == "f", (
        f"centroids should be a float array of shape ({k}, {d}), got {centroids.dtype} "
        f"of shape {centroids.shape}"
    )
    assert labels.shape == (n,) and labels.dtype.kind in "iu", (
        f"labels should be an integer array of shape ({n},), got {labels.dtype} of shape "
        f"{labels.shape}"
    )
    bad = np.flatnonzero(~np.isfinite(centroids).all(axis=1))
    assert not bad.size, f"centroid {bad[0]} is {_fmt(centroids[bad[0]])}: not a number"
    outside = np.flatnonzero((labels < 0) | (labels >= k))
    assert not outside.size, (
        f"labels[{outside[0]}] is {labels[outside[0]]}, but the clusters are 0 to {k - 1}"
    )
    counts = np.bincount(labels, minlength=k)
    empty = np.flatnonzero(counts == 0)
    assert not empty.size, (
        f"cluster {empty[0]} has no points: every one of the k = {k} clusters must keep at "
        "least one (when one empties, give it a point, such as the one farthest from its "
        "centroid)"
    )
    scale = max(float((points**2).sum(axis=1).max()), 1e-300)  # the data's squared size
    means = np.stack([points[labels == j].mean(axis=0) for j in range(k)])
    off = np.abs(centroids - means).max(axis=1)
    worst = int(np.argmax(off))
    assert off[worst] <= MEAN_TOL * np.sqrt(scale) + 1e-6 * np.abs(means[worst]).max(), (
        f"not converged: centroid {worst} is {_fmt(centroids[worst])}, but the mean of its "
        f"{counts[worst]} points is {_fmt(means[worst])} (the centroids must be moved to the "
        "means of the final labels)"
    )
    distances = ((points[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    own = distances[np.arange(n), labels]
    gap = own - distances.min(axis=1)
    worst = int(np.argmax(gap))
    if gap[worst] > NEAREST_TOL * scale:
        nearer = int(distances[worst].argmin())
        raise AssertionError(
            f"not converged: point {worst} {_fmt(points[worst])} is labelled {labels[worst]}, "
            f"but centroid {nearer} is nearer (squared distance {distances[worst, nearer]:.6g} "
            f"against {own[worst]:.6g}); labels must come from the final centroids"
        )
    return centroids, labels


def accept(args, expected, got):
    """A converged clustering whose inertia is within OBJECTIVE_RTOL of the reference's."""
    points, k, _ = args
    centroids, labels = converged(points, k, got)
    yours = inertia(points, centroids, labels)
    best = inertia(points, *expected)
    scale = float((points**2).sum(axis=1).max())
    allowed = (1 + OBJECTIVE_RTOL) * best + 1e-12 * len(points) * scale  # + rounding
    assert yours <= allowed, (
        f"your inertia {_number(yours)}, reference {_number(best)}, allowed up to "
        f"{_number(allowed)}: "
        "a converged clustering, but a poor local optimum (with well-separated clusters "
        "that means one centroid is sharing a cluster while another covers two; k-means++ "
        "seeding avoids it)"
    )


def _clustering(centroids, labels):
    return np.array(centroids, dtype=float), np.array(labels)


EXAMPLES = [
    Example(
        ([[0.0, 0.0], [2.0, 0.0], [0.0, 2.0], [2.0, 2.0]], 1, 0),
        _clustering([[1.0, 1.0]], [0, 0, 0, 0]),
        "k = 1: the centroid is the mean of all points",
    ),
    Example(
        ([[0.0], [1.0], [10.0], [11.0]], 2, 1),
        _clustering([[0.5], [10.5]], [0, 0, 1, 1]),
        "two obvious clusters on a line",
    ),
    Example(
        ([[0.0, 0.0], [5.0, 5.0], [9.0, 1.0]], 3, 2),
        _clustering([[0.0, 0.0], [5.0, 5.0], [9.0, 1.0]], [0, 1, 2]),
        "k = n: every point is its own cluster",
    ),
    Example(
        ([[1.0, 1.0]] * 4, 2, 3),
        _clustering([[1.0, 1.0], [1.0, 1.0]], [0, 0, 0, 1]),
        "all points equal: both clusters still get points",
    ),
    Example(
        ([[1.9]] * 4, 2, 0),
        _clustering([[1.9], [1.9]], [0, 0, 0, 1]),
        "equal points whose mean rounds: three 1.9s average 1.8999999999999997",
    ),
    Example(
        ([[0.0, 0.0], [0.0, 0.0], [3.0, 4.0]], 3, 4),
        _clustering([[0.0, 0.0], [0.0, 0.0], [3.0, 4.0]], [0, 1, 2]),
        "fewer distinct points than k: duplicates split",
    ),
    Example(
        ([[0.0], [1.0], [2.0], [3.0], [4.0], [10.0], [11.0], [12.0]], 2, 5),
        _clustering([[2.0], [11.0]], [0, 0, 0, 0, 0, 1, 1, 1]),
        "uneven clusters on a line",
    ),
    Example(
        (
            [[0, 0], [0, 1], [1, 0], [20, 20], [20, 21], [21, 20], [40, 0], [40, 1], [41, 0]],
            3,
            6,
        ),
        _clustering(
            [[1 / 3, 1 / 3], [61 / 3, 61 / 3], [121 / 3, 1 / 3]], [0, 0, 0, 1, 1, 1, 2, 2, 2]
        ),
        "three separated clusters in the plane",
    ),
    Example(
        ([[0, 0, 0], [0, 0, 1], [9, 9, 9], [9, 9, 8], [9, 8, 9]], 2, 7),
        _clustering([[0, 0, 0.5], [9, 26 / 3, 26 / 3]], [0, 0, 1, 1, 1]),
        "three dimensions",
    ),
    Example(
        ([[1e6, 1e6], [1e6 + 1, 1e6], [-1e6, -1e6], [-1e6 - 1, -1e6]], 2, 8),
        _clustering([[1e6 + 0.5, 1e6], [-1e6 - 0.5, -1e6]], [0, 0, 1, 1]),
        "large coordinates",
    ),
]

# -- any points: a converged Lloyd solution ---------------------------------------------
SMALL_INTEGERS = st.integers(-20, 20).map(float)  # ties and duplicates galore
FLOATS = st.floats(-100, 100, allow_nan=False, allow_infinity=False)


@st.composite
def datasets(draw):
    n = draw(st.integers(1, 24))
    d = draw(st.integers(1, 3))
    elements = draw(st.sampled_from([SMALL_INTEGERS, FLOATS]))
    points = draw(hnp.arrays(np.float64, (n, d), elements=elements))
    k = draw(st.integers(1, min(n, 6)))
    return points, k, draw(st.integers(0, 2**32 - 1))


@given(datasets())
def test_converged(solution, case):
    """each point is labelled with its nearest centroid, each centroid is the mean of its
    points, and no cluster is empty"""
    points, k, seed = case
    converged(points, k, solution(points, k, seed))


def test_same_seed_same_clustering(solution):
    """all randomness comes from rng: the same seed gives the same clustering"""
    for seed in range(5):
        points = np.random.default_rng(seed).uniform(-10, 10, size=(30, 2)).round(3)
        k = 2 + seed % 3
        first, second = solution(points, k, seed), solution(points, k, seed)
        same = len(first) == len(second) and all(
            type(a) is np.ndarray and type(b) is np.ndarray and np.array_equal(a, b)
            for a, b in zip(first, second, strict=False)
        )
        assert same, (
            f"called twice with the same points, k = {k} and np.random.default_rng({seed}), "
            "your function returned two different clusterings: take every random number from "
            "rng (not from np.random.* or the random module), so that a result can be "
            "reproduced"
        )


# -- well-separated blobs: the objective -------------------------------------------------
SEPARATED = [  # (points, dimensions, clusters): k-means++ finds the best from any seed
    (n, d, k) for n, d, k in [(60, 1, 2), (150, 2, 3), (200, 2, 5), (240, 3, 4), (300, 2, 6)]
]


def test_objective_on_separated_blobs(solution):
    """on tight, well-separated blobs the inertia is within 5% of the reference's"""
    for index, (n, d, k) in enumerate(SEPARATED):
        for seed in range(4):
            spec = {"blobs": n, "k": k, "d": d, "seed": 100 * index + seed}
            solution.check(spec, k, seed)
