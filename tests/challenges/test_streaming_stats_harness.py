"""streaming-stats' harness: a stream read once, from a list or from a seed, never held as
a list for the large inputs; described with both ends of a long list."""

import pytest

from .harnesses import harness_of


def test_a_list_streams_exactly_its_values_once(tmp_path):
    harness = harness_of("streaming-stats")
    (stream,) = harness.build_args([[1.5, -2.0]], tmp_path)
    assert not hasattr(stream, "__len__")
    assert list(stream) == [1.5, -2.0] and list(stream) == []  # read once
    assert harness.observe((stream,)) is None


def test_a_generated_stream_is_the_same_for_the_same_seed(tmp_path):
    harness = harness_of("streaming-stats")
    spec = {"n": 1000, "seed": 3, "mean": 1e6, "spread": 2.0}
    first = list(harness.build_args([spec], tmp_path)[0])
    assert first == list(harness.build_args([spec], tmp_path)[0]) and len(first) == 1000
    assert all(1e6 - 1 <= x < 1e6 + 1 for x in first)
    assert sum(first) / 1000 == pytest.approx(1e6, abs=0.1)


def test_describe_shows_both_ends_of_a_long_list():
    harness = harness_of("streaming-stats")
    assert harness.describe([[1.0, 2.0]]) == "values=[1.0, 2.0]"
    long = harness.describe([[float(i) for i in range(100)]])
    assert long.startswith("values=[0.0, 1.0,") and "... 80 more ..." in long
    assert long.endswith("98.0, 99.0] (100 values)")
    spec = {"n": 100000, "seed": 1, "mean": 5, "spread": 2}
    assert harness.describe([spec]) == "a stream of 100,000 values spread evenly over 5 ± 1.0"
