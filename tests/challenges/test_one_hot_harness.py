"""one-hot's harness: the input as a fresh list, and a large matrix carried as its non-zero
entries, type-exactly, so that nothing a submission returns passes for another form."""

import numpy as np

from .harnesses import harness_of


def test_the_input_is_a_fresh_list(tmp_path):
    harness = harness_of("one-hot")
    values = ["b", "a"]
    (given,) = harness.build_args([values], tmp_path)
    given.append("c")
    assert values == ["b", "a"]


def test_a_matrix_travels_as_its_non_zero_entries(tmp_path):
    harness = harness_of("one-hot")
    matrix = np.array([[0, 1], [1, 0], [0, 1]], dtype=np.int64)
    collected = harness.collect((["a", "b"], matrix), (), tmp_path)
    form = collected["matrix"]["ndarray"]
    assert collected["categories"] == ["a", "b"]
    assert (form["dtype"], form["shape"], form["nonzero"]) == ("int64", [3, 2], 3)
    assert form["at"].tolist() == [1, 2, 5] and form["values"].tolist() == [1, 1, 1]


def test_every_other_answer_keeps_a_form_of_its_own(tmp_path):
    harness = harness_of("one-hot")
    assert harness.collect("nope", (), tmp_path) == {"result": "nope"}
    assert harness.collect((["a"], [[1]]), (), tmp_path)["matrix"] == {"other": [[1]]}
    strings = harness.collect((["a"], np.array([["x"]])), (), tmp_path)["matrix"]
    assert strings == {"ndarray": {"dtype": "<U1", "shape": [1, 1]}}  # no numbers to list


def test_describe_cuts_a_long_list():
    harness = harness_of("one-hot")
    assert harness.describe([["a", "b"]]) == "values=['a', 'b']"
    long = harness.describe([[str(i) for i in range(30)]])
    assert long.endswith(", ... (30 values)]") and long.count("'") == 24
