"""kl-divergence's harness: two fresh float64 arrays (given, or a seeded pair of
distributions with zeros where the statement's limits need them)."""

import numpy as np

from .harnesses import harness_of


def test_given_distributions_are_fresh_float64_copies(tmp_path):
    harness = harness_of("kl-divergence")
    p_list = [0.5, 0.5]
    p, q = harness.build_args([p_list, [0.25, 0.75]], tmp_path)
    assert p.dtype == q.dtype == np.float64
    p[0] = 1.0
    assert p_list == [0.5, 0.5]


def test_generated_distributions_sum_to_one_and_have_zeros(tmp_path):
    harness = harness_of("kl-divergence")
    spec = {"n": 10_000, "seed": 4}
    p, q = harness.build_args([{**spec, "part": "p"}, {**spec, "part": "q"}], tmp_path)
    assert abs(p.sum() - 1) < 1e-9 and abs(q.sum() - 1) < 1e-9
    assert ((p == 0) & (q > 0)).any() and ((p == 0) & (q == 0)).any()  # 0 log 0/q and 0/0
    again, _ = harness.build_args([{**spec, "part": "p"}, {**spec, "part": "q"}], tmp_path)
    assert np.array_equal(p, again)


def test_describe_small_and_large_inputs():
    harness = harness_of("kl-divergence")
    assert harness.describe([[0.5, 0.5], [1.0, 0.0]]) == (
        "p=np.array([0.5, 0.5]), q=np.array([1., 0.])"
    )
    spec = {"n": 1_000_000, "seed": 1}
    assert harness.describe([{**spec, "part": "p"}, {**spec, "part": "q"}]) == (
        "p=a distribution of 1,000,000 entries, q=a distribution of 1,000,000 entries"
    )
