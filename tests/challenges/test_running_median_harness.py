"""running-median's harness: numpy float64 medians read back as floats (the statement
allows them), so that large inputs' digests agree with the reference's."""

import numpy as np

from .harnesses import harness_of


def test_numpy_floats_read_back_as_floats(tmp_path):
    harness = harness_of("running-median")
    collected = harness.collect([np.float64(2.5), 3.0], (), tmp_path)
    assert collected == [2.5, 3.0] and {type(x) for x in collected} == {float}
    assert harness.collect(["2.5"], (), tmp_path) == ["2.5"]  # anything else is kept as it is
