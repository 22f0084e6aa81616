"""The input cache: generated once per key, rebuilt when tampered with, keyed by the params
a tier gives the generator."""

import os
import pickle
import random
import textwrap

from judge.challenge.catalog import load_challenge
from judge.challenge.inputs import input_file

from .packages import copy, edit


def test_inputs_are_generated_once_and_reused(max_subarray, tmp_path):
    first = input_file(max_subarray, 1000, 7, tmp_path / "cache")
    stamp = first.stat().st_mtime_ns
    again = input_file(max_subarray, 1000, 7, tmp_path / "cache")
    assert again == first and again.stat().st_mtime_ns == stamp
    assert input_file(max_subarray, 1000, 8, tmp_path / "cache") != first  # keyed by seed


def test_a_tampered_entry_is_rebuilt(max_subarray, tmp_path):
    path = input_file(max_subarray, 1000, 7, tmp_path / "cache")
    original = path.read_bytes()
    path.write_bytes(b"tampered")
    os.utime(path, ns=(1, 1))
    rebuilt = input_file(max_subarray, 1000, 7, tmp_path / "cache")
    assert rebuilt.read_bytes() == original


def test_generate_gets_the_params_of_the_tier_that_asks(tmp_path):
    package = copy(tmp_path, "max_subarray")
    (package / "perf.py").write_text(
        textwrap.dedent(
            """
            def generate(size, rng, folder, *, low=-5, high=5):
                return [[rng.randint(low, high) for _ in range(size)]]
            """
        )
    )
    edit(package / "challenge.toml", "repeats = 3", "repeats = 3\nparams = { low = 7, high = 7 }")
    challenge = load_challenge(package)
    assert challenge.performance.params_at(500) == {"low": 7, "high": 7}
    cache = tmp_path / "cache"
    with_params = input_file(challenge, 3, 1, cache, {"low": 7, "high": 7})
    without = input_file(challenge, 3, 1, cache)
    assert with_params != without  # the params are part of the cache key
    assert pickle.loads(with_params.read_bytes()) == [[7, 7, 7]]
    rng = random.Random(1)  # without params: called with (size, rng, folder), as always
    assert pickle.loads(without.read_bytes()) == [[rng.randint(-5, 5) for _ in range(3)]]
