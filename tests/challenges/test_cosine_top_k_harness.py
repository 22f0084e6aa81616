"""cosine-top-k's harness: fresh float64 arrays (given, or one half of a seeded dataset with
near-ties built in), and what a failure report shows."""

import numpy as np

from .harnesses import harness_of


def test_arrays_are_fresh_float64_copies(tmp_path):
    harness = harness_of("cosine-top-k")
    rows = [[1, 0], [0, 1]]
    vectors, query, k = harness.build_args([rows, [1, 1], 1], tmp_path)
    assert vectors.dtype == query.dtype == np.float64 and vectors.shape == (2, 2) and k == 1
    vectors[0, 0] = 5.0
    assert rows == [[1, 0], [0, 1]]


def test_a_dataset_is_made_once_and_copied_for_each_call():
    harness = harness_of("cosine-top-k")
    spec = {"n": 200, "d": 4, "seed": 3, "part": "vectors"}
    first, again = harness.array_of(spec), harness.array_of(spec)
    assert first.shape == (200, 4) and np.array_equal(first, again) and first is not again
    first[:] = 0.0
    assert np.array_equal(again, harness.array_of(spec))  # the kept dataset is untouched
    assert harness.array_of({**spec, "part": "query"}).shape == (4,)


def test_describe_small_and_large_inputs():
    harness = harness_of("cosine-top-k")
    assert harness.describe([[[1.0, 0.0]], [0.5, 0.5], 1]) == (
        "vectors=np.array([[1., 0.]]), query=np.array([0.5, 0.5]), k=1"
    )
    large = {"n": 100000, "d": 8, "seed": 1}
    text = harness.describe([{**large, "part": "vectors"}, {**large, "part": "query"}, 5])
    assert text.startswith("vectors=100,000 Gaussian rows of 8 (1% zero rows,")
    assert text.endswith("query=a Gaussian query of 8, k=5")
