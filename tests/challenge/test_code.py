"""Importing a package's trusted files in the judge's process, each under a fresh name."""

import sys

from judge.challenge.code import import_file, load_generator, load_tests


def test_two_files_of_the_same_name_never_collide(tmp_path):
    first, second = tmp_path / "a" / "reference.py", tmp_path / "b" / "reference.py"
    for path, value in ((first, 1), (second, 2)):
        path.parent.mkdir()
        path.write_text(f"VALUE = {value}\n")
    one = import_file(first, "judge_test_code_a")
    two = import_file(second, "judge_test_code_b")
    assert (one.VALUE, two.VALUE) == (1, 2)
    assert sys.modules["judge_test_code_a"] is one  # dataclasses and pickle look it up
    del sys.modules["judge_test_code_a"], sys.modules["judge_test_code_b"]


def test_a_packages_tests_and_generator_load_under_its_own_names(max_subarray):
    tests = load_tests(max_subarray)
    assert tests.__name__ == "judge_tests_max_subarray" and tests.EXAMPLES
    generator = load_generator(max_subarray)
    assert generator.__name__ == "judge_perf_max_subarray" and callable(generator.generate)
