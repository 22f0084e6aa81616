"""reservoir-sample's harness: a stream of queries read once (a list, or drawn from a seeded
vocabulary), the judge's seeded rng, and what a failure report shows."""

import random

from .harnesses import harness_of


def test_a_call_gets_a_stream_k_and_a_seeded_rng(tmp_path):
    harness = harness_of("reservoir-sample")
    stream, k, rng = harness.build_args([["a", "b", "a"], 2, 7], tmp_path)
    assert list(stream) == ["a", "b", "a"] and list(stream) == [] and k == 2
    assert rng.random() == random.Random(7).random()
    assert harness.observe((stream, k, rng)) is None


def test_a_generated_stream_is_reproducible_and_of_its_length(tmp_path):
    harness = harness_of("reservoir-sample")
    spec = {"n": 500, "seed": 2, "vocabulary": 50}
    first = list(harness.build_args([spec, 5, 1], tmp_path)[0])
    assert first == list(harness.build_args([spec, 5, 1], tmp_path)[0])
    assert len(first) == harness.stream_length(spec) == 500
    assert set(first) <= set(harness.vocabulary(50, 2))


def test_describe_a_short_and_a_long_stream():
    harness = harness_of("reservoir-sample")
    assert harness.describe([["x"], 1, 3]) == "queries=['x'], k=1, rng=random.Random(3)"
    long = harness.describe([[str(i) for i in range(20)], 2, 3])
    assert long.endswith(", ... (20 queries)], k=2, rng=random.Random(3)")
    spec = {"n": 10000, "seed": 1, "vocabulary": 300}
    assert harness.describe([spec, 10, 4]) == (
        "a stream of 10,000 queries (drawn from 300 distinct ones), k=10, rng=random.Random(4)"
    )
