"""Speed verdicts that do not flip on a loaded machine: with both cores busy, a submission
within 2x of the reference is accepted and one about 10x over the limit is rejected, in 10
runs out of 10. Time is CPU time read from outside the worker, so a neighbour that steals
wall-clock time does not move the verdict."""

from __future__ import annotations

import subprocess
import sys

import pytest

from judge.challenge.catalog import find_challenge
from judge.grading.context import CheckContext
from judge.grading.performance import PerformanceTier
from judge.verdicts import Verdict

KADANE_REPEATED = """
def kadane(nums):
    best = current = nums[0]
    for x in nums[1:]:
        current = max(x, current + x)
        best = max(best, current)
    return best


def max_subarray_sum(nums):
    for _ in range({times} - 1):
        kadane(nums)
    return kadane(nums)
"""


@pytest.fixture
def cpu_hogs():
    """Two busy processes: one per core of the 2-core machine the targets are set for."""
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    yield
    for hog in hogs:
        hog.kill()
        hog.wait()


@pytest.mark.slow
def run_performance(challenge, path, folders):
    context = CheckContext(challenge, path, folders)
    try:
        return PerformanceTier("Performance").run(context)
    finally:
        context.close()


def test_verdicts_are_stable_under_load(cpu_hogs, write_solution, folders):
    challenge = find_challenge("max-subarray")
    factor = challenge.performance.factor
    twice = write_solution(KADANE_REPEATED.format(times=2), "twice.py")
    hopeless = write_solution(KADANE_REPEATED.format(times=int(10 * factor)), "hopeless.py")
    verdicts = {
        "2x": [run_performance(challenge, twice, folders).verdict for _ in range(10)],
        "10x over": [run_performance(challenge, hopeless, folders).verdict for _ in range(10)],
    }
    assert verdicts == {"2x": [Verdict.AC] * 10, "10x over": [Verdict.TLE] * 10}
