"""outliers' harness: answers read back with numpy scalars as the Python numbers they stand
for (the statement allows numpy ints), so that large inputs' digests agree too."""

import numpy as np

from .harnesses import harness_of


def test_numpy_ints_read_back_as_ints_and_nothing_else_changes(tmp_path):
    harness = harness_of("outliers")
    collected = harness.collect([np.int64(3), 5, np.intp(7)], (), tmp_path)
    assert collected == [3, 5, 7] and [type(x) for x in collected] == [int, int, int]
    assert harness.collect((1, "x"), (), tmp_path) == (1, "x")
    assert type(harness.collect([1.5], (), tmp_path)[0]) is float
