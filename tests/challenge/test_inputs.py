import os

from judge.challenge.inputs import input_file


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
