"""kmeans' harness: points as a fresh float64 array (given, or made from a seed as blobs),
the judge's seeded rng, and a fingerprint that tells whether the call changed the array."""

import numpy as np

from .harnesses import harness_of


def test_points_are_a_fresh_float64_copy_and_the_rng_is_seeded(tmp_path):
    harness = harness_of("kmeans")
    given = [[0, 0], [1, 1]]
    points, k, rng = harness.build_args([given, 2, 5], tmp_path)
    assert points.dtype == np.float64 and points.shape == (2, 2) and k == 2
    points[0, 0] = 9.0
    assert given == [[0, 0], [1, 1]]
    assert rng.random() == np.random.default_rng(5).random()


def test_blobs_are_reproducible_and_every_blob_has_points():
    harness = harness_of("kmeans")
    first = harness.blobs(300, 4, 2, seed=1)
    assert first.shape == (300, 2) and np.array_equal(first, harness.blobs(300, 4, 2, seed=1))
    spec = {"blobs": 300, "k": 4, "d": 2, "seed": 1}
    assert np.array_equal(harness.points_of(spec), first)


def test_observe_notices_a_modified_or_replaced_array(tmp_path):
    harness = harness_of("kmeans")
    args = harness.build_args([[[0.0, 1.0], [2.0, 3.0]], 1, 0], tmp_path)
    before = harness.observe(args)
    assert before[:2] == [[2, 2], "float64"]
    args[0][1, 1] = -1.0
    assert harness.observe(args) != before
    assert harness.observe(([[1.0]],)) == "<points replaced by list>"


def test_describe_points_or_blobs():
    harness = harness_of("kmeans")
    assert harness.describe([[[0, 1]], 1, 3]) == (
        "points (shape (1, 2)) = [[0.0, 1.0]], k=1, rng=np.random.default_rng(3)"
    )
    spec = {"blobs": 100000, "k": 8, "d": 3, "seed": 2}
    assert harness.describe([spec, 8, 1]) == (
        "100,000 points in 8 well-separated blobs in 3-D, k=8, rng=np.random.default_rng(1)"
    )
    many = harness.describe([[[i, i] for i in range(20)], 2, 0])
    assert many.startswith("points (shape (20, 2)) = [[0.0, 0.0],")
    assert many.endswith("[7.0, 7.0], ...], k=2, rng=np.random.default_rng(0)")  # 8 rows shown
