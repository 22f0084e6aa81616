import os

from judge.inputs import input_file


def test_inputs_are_generated_once_and_reused(max_subarray, tmp_path, monkeypatch):
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path / "cache"))
    first = input_file(max_subarray, 1000, seed=7)
    stamp = first.stat().st_mtime_ns
    again = input_file(max_subarray, 1000, seed=7)
    assert again == first and again.stat().st_mtime_ns == stamp
    assert input_file(max_subarray, 1000, seed=8) != first  # keyed by seed


def test_a_tampered_entry_is_rebuilt(max_subarray, tmp_path, monkeypatch):
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path / "cache"))
    path = input_file(max_subarray, 1000, seed=7)
    original = path.read_bytes()
    path.write_bytes(b"tampered")
    os.utime(path, ns=(1, 1))
    rebuilt = input_file(max_subarray, 1000, seed=7)
    assert rebuilt.read_bytes() == original
