"""The performance tier: limits calibrated against the reference in the same run, a stop at
the first size over the limit, growth next to the reference's, partial credit; and speed
verdicts that do not flip on a loaded machine: with both cores busy, a submission within 2x
of the reference is accepted and one about 10x over the limit is rejected, in 10 runs out of
10. Time is CPU time read from outside the worker, so a neighbour that steals wall-clock time
does not move the verdict."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

from judge.challenge.catalog import find_challenge
from judge.challenge.inputs import input_file
from judge.engine.sandbox import Outcome
from judge.grading import performance
from judge.grading.check import check
from judge.grading.context import CheckContext
from judge.grading.growth import FIT_POINTS, MEASURABLE_SECONDS, fit_growth
from judge.grading.performance import PerformanceTier, _summary, extra_sizes
from judge.grading.results import SizeTiming, TierKind, TierResult
from judge.verdicts import Verdict

from ..conftest import CHALLENGES

SAMPLES = CHALLENGES / "max_subarray" / "samples"
# The submissions below are Kadane's algorithm with one twist each, written as source.
KADANE = """
def kadane(nums):
    best = current = nums[0]
    for x in nums[1:]:
        current = max(x, current + x)
        best = max(best, current)
    return best
"""
KADANE_REPEATED = (
    KADANE
    + """

def max_subarray_sum(nums):
    for _ in range({times} - 1):
        kadane(nums)
    return kadane(nums)
"""
)


def test_quadratic_gets_tle_with_growth_next_to_the_reference(max_subarray, folders):
    result = check(max_subarray, SAMPLES / "time_limit" / "quadratic.py", folders)
    perf = result.tiers[2]
    assert result.verdict is Verdict.TLE and perf.verdict is Verdict.TLE
    # Stopped at the second size, it was also measured below the first, so the words rest
    # on four sizes and name the quadratic class, next to the reference's linear one. Under
    # load the fit may tie it with its neighbour ("~n^2 or ~n^3"), never with a slower class.
    assert "n^2" in perf.growth.submission_classes and perf.growth.points >= 4
    assert set(perf.growth.submission_classes) <= {"n^2", "n^3"}
    assert "n" in perf.growth.reference_classes and "n^2" not in perf.growth.reference_classes
    assert 0 < result.score < 100  # correct but slow: partial credit
    assert perf.growth.projected_seconds > perf.growth.projected_limit
    stopped = [s for s in perf.sizes if s.verdict is Verdict.TLE]
    # One size over the limit (stopped there, or finished just past it), then nothing more.
    assert len(stopped) == 1
    assert stopped[0].seconds is None or stopped[0].seconds > stopped[0].limit
    assert all(s.verdict is None for s in perf.sizes[perf.sizes.index(stopped[0]) + 1 :])


def test_slow_sample_gets_the_same_verdict_five_times(max_subarray, folders):
    verdicts = {
        check(max_subarray, SAMPLES / "time_limit" / "quadratic.py", folders).verdict
        for _ in range(5)
    }
    assert verdicts == {Verdict.TLE}


def test_plain_nlogn_solution_passes(max_subarray, folders):
    result = check(max_subarray, SAMPLES / "accepted" / "divide_and_conquer.py", folders)
    assert result.accepted


def test_every_limit_is_factor_times_the_reference_plus_the_floor(max_subarray, folders):
    result = check(max_subarray, SAMPLES / "accepted" / "kadane.py", folders)
    spec = max_subarray.performance
    perf = result.tiers[2]
    assert [s.n for s in perf.sizes] == spec.sizes
    for size in perf.sizes:
        assert size.limit == pytest.approx(
            spec.factor * size.reference_seconds + spec.floor_seconds
        )
        assert size.verdict is Verdict.AC and size.seconds <= size.limit


def test_calls_too_quick_to_measure_alone_are_timed_in_batches(max_subarray, folders):
    """Kadane's algorithm at n = 500 takes tens of microseconds, about what the request
    around it costs: it is timed again as a batch of calls, whose time per call the growth
    words use, so that they rest on every size and not only the largest."""
    result = check(max_subarray, SAMPLES / "accepted" / "kadane.py", folders)
    perf = result.tiers[2]
    first = perf.sizes[0]
    assert first.calls > 1 and first.seconds * first.calls >= MEASURABLE_SECONDS
    assert first.seconds < MEASURABLE_SECONDS  # too quick for one call to say anything
    assert perf.growth.points == min(len(perf.sizes), FIT_POINTS)
    assert "n" in perf.growth.submission_classes
    assert all(s.calls == 1 for s in perf.sizes if s.seconds >= performance.BATCH_BELOW)


def timing(n, seconds, limit, verdict=Verdict.AC, extra=False):
    """A size where the reference takes 1 µs per element."""
    return SizeTiming(n, seconds, limit, reference_seconds=n / 1e6, verdict=verdict, extra=extra)


SPEC = find_challenge("max-subarray").performance  # a growth limit


def test_summary_of_an_accepted_tier_says_how_close_to_the_limit_it_came():
    tier = TierResult(TierKind.PERFORMANCE, "Performance", True, Verdict.AC, passed=3, total=3)
    tier.sizes = [timing(1000, 0.01, 0.1), timing(2000, 0.02, 0.04), timing(4000, 0.04, 0.2)]
    tier.sizes.insert(0, timing(700, 0.009, 0.01, extra=True))  # only for the fit: not graded
    tier.growth = fit_growth(tier.sizes)
    assert tier.growth.submission == tier.growth.reference == "~n or ~n log n"
    assert _summary(tier, SPEC) == (
        "3/3 sizes; your code ~n or ~n log n, reference ~n or ~n log n; 50% of the limit at most"
    )


def test_summary_of_a_stopped_tier_says_where_and_on_how_many_sizes():
    tier = TierResult(TierKind.PERFORMANCE, "Performance", True, Verdict.TLE, passed=1, total=3)
    tier.sizes = [
        timing(1000, 0.01, 0.1),
        timing(2000, None, 0.1, Verdict.TLE),
        timing(4000, None, 0.2, None),
    ]
    tier.growth = fit_growth(tier.sizes)
    # One finished size is too little to fit; what is known is that it was too slow.
    assert _summary(tier, SPEC) == (
        "1/3 sizes; your code too slow to measure (measured at 1 size; stopped at n = 2,000), "
        "reference ~n or ~n log n"
    )


def test_a_run_stopped_at_every_size_is_too_slow_never_too_fast():
    sizes = [timing(500, None, 0.03, Verdict.TLE), timing(1000, None, 0.04, None)]
    growth = fit_growth(sizes)
    assert growth.submission == "too slow to measure" and growth.points == 0
    assert growth.stopped_at == 500


def test_extra_sizes_go_up_from_the_last_finished_size_then_down_from_the_first():
    # Upwards the cheapest come first (the first one over its limit ends that direction);
    # downwards the largest (the first one too fast to measure ends it).
    extra = extra_sizes([1000, 4000, 16000], [1000, 4000], stop=16000)
    assert extra[:3] == [(5657, False), (8000, False), (11314, False)]
    below = [707, 500, 354, 250, 177, 125, 88, 62, 44, 31, 22, 16, 11]
    assert extra[3:] == [(n, True) for n in below]


def test_a_jump_against_the_reference_gets_a_second_run():
    # timing() gives the reference 1 µs per element: at 200,000 it takes 0.2 s.
    steady = [timing(100000, 0.2, 3.0), timing(200000, 0.4, 6.0)]
    jumped = [timing(100000, 0.2, 3.0), timing(200000, 1.2, 6.0)]  # a cold call: 3x
    near_limit = [timing(100000, 0.2, 3.0), timing(200000, 1.2, 2.0)]  # costly to repeat
    assert not performance._ratio_jumped(steady)
    assert performance._ratio_jumped(jumped)
    assert not performance._ratio_jumped(near_limit)
    assert not performance._ratio_jumped(jumped[1:])  # nothing to compare with


def reference_times(monkeypatch, times: list[float], repeats: int, warm: bool):
    """The CPU seconds of the reference's runs `_time_reference` counts and drops, given
    the times its runs take one after the other."""
    queue = iter(times)
    monkeypatch.setattr(
        performance,
        "reference_run",
        lambda *_: Outcome(reply={"ok": True}, cpu_seconds=next(queue)),
    )
    expected, timed, dropped = performance._time_reference(None, 1000, "digest", repeats, warm)
    assert expected not in dropped
    return [run.cpu_seconds for run in timed], [run.cpu_seconds for run in dropped]


def test_the_reference_stops_at_two_runs_that_agree(monkeypatch):
    # At the first size the answer's run is a warm-up: it never counts.
    assert reference_times(monkeypatch, [0.5, 0.10, 0.105], 3, warm=False) == (
        [0.10, 0.105],
        [0.10, 0.105],
    )
    assert reference_times(monkeypatch, [0.5, 0.10, 0.13, 0.2], 3, warm=False)[0] == [
        0.10,
        0.13,
        0.2,
    ]
    # Once warm, the answer's run counts too, and one run always drops its answer.
    assert reference_times(monkeypatch, [0.10, 0.104], 3, warm=True) == ([0.10, 0.104], [0.104])
    assert reference_times(monkeypatch, [0.10, 0.2, 0.15], 3, warm=True)[0] == [0.10, 0.2, 0.15]
    assert reference_times(monkeypatch, [0.10, 0.2], 1, warm=True) == ([0.10, 0.2], [0.2])


SLOW_AT_ANY_SIZE = (
    KADANE
    + """

import time


def max_subarray_sum(nums):
    if len(nums) >= 64:  # a fixed cost past the correctness tiers' small inputs
        end = time.process_time() + 0.2
        while time.process_time() < end:
            pass
    return kadane(nums)
"""
)


def test_below_the_first_size_a_too_slow_size_skips_the_next_step(
    max_subarray, write_solution, folders
):
    """Code as slow at every size costs each size its limit and a fresh worker: below the
    first size it is tried at every other step of the sqrt(2) grid (halving), not at each."""
    said: list[str] = []
    result = check(max_subarray, write_solution(SLOW_AT_ANY_SIZE), folders, progress=said.append)
    assert result.tiers[2].verdict is Verdict.TLE
    tried = [int(m.split("n=")[1].replace(",", "")) for m in said if "growth at" in m]
    below = [n for n in tried if n < max_subarray.performance.sizes[0]]
    # Not 354, 250, 177, 125, 88, ...; at 44 it is fast (too fast to measure), which ends it.
    assert below == [354, 177, 88, 44], tried


SECOND_INPUT = "a second input"


HOPELESS = """
def max_subarray_sum(nums):
    best = nums[0]
    for _ in range(40):  # quadratic, and many times over the limit from the first size
        for i in range(len(nums)):
            total = 0
            for x in nums[i:]:
                total += x
                best = max(best, total)
    return best
"""


def test_hopeless_code_is_stopped_once_its_growth_confirms_the_stop(
    max_subarray, write_solution, folders
):
    """Code far over the limit where it stops: its own times at smaller sizes (measured for
    the growth words anyway) say so, and it gets no second call at that limit."""
    said: list[str] = []
    result = check(max_subarray, write_solution(HOPELESS), folders, progress=said.append)
    perf = result.tiers[2]
    assert perf.verdict is Verdict.TLE and perf.passed == 0
    assert not [m for m in said if SECOND_INPUT in m], said
    assert perf.growth.points >= 4 and "n^2" in perf.growth.submission_classes


# Kadane's algorithm, except for its first call at the first size (n = 500).
FIRST_CALL_AT_500 = (
    KADANE
    + """

import time

calls = 0


def max_subarray_sum(nums):
    global calls
    calls += len(nums) == 500
    if calls == 1 and len(nums) == 500:
{first}
    return kadane(nums)
"""
)
ONE_SLOW_CALL = FIRST_CALL_AT_500.format(  # like a page-fault storm, once
    first="""        end = time.process_time() + 0.5
        while time.process_time() < end:
            pass"""
)


def test_one_call_over_the_limit_from_fast_code_gets_a_second_input(
    max_subarray, write_solution, folders
):
    """Linear code whose first call is far over the limit once (as a page-fault storm can
    make it): its times at smaller sizes do not confirm the stop, a second input decides."""
    said: list[str] = []
    result = check(max_subarray, write_solution(ONE_SLOW_CALL), folders, progress=said.append)
    perf = result.tiers[2]
    assert perf.verdict is Verdict.AC, perf.failure
    assert [m for m in said if SECOND_INPUT in m] == ["performance: n=500, a second input"]
    assert any(s.extra for s in perf.sizes)  # measured for the confirmation, shown not graded
    assert perf.passed == perf.total


def test_vectorised_limit_is_named_in_the_report(folders):
    challenge = find_challenge("kmeans")
    sample = CHALLENGES / "kmeans" / "samples" / "time_limit" / "loop_over_points.py"
    result = check(challenge, sample, folders)
    assert result.verdict is Verdict.TLE
    performance = result.tiers[2]
    assert "vectorised" in performance.summary and "vectorised" in performance.failure.message


FAST_ONCE = (
    KADANE
    + """

calls = 0


def max_subarray_sum(nums):
    global calls
    calls += 1
    while len(nums) == 500 and calls > 2:  # after the warm-up and the timed run: never ends
        pass
    return kadane(nums)
"""
)


def test_a_second_run_that_never_ends_is_no_internal_error(max_subarray, write_solution, folders):
    """A size passed quickly is run again, only to steady its time: when that run has to be
    stopped, the first run's time counts and the next size gets a fresh worker, never IE."""
    result = check(max_subarray, write_solution(FAST_ONCE), folders)
    perf = result.tiers[2]
    assert perf.verdict is Verdict.AC, perf.failure
    assert perf.passed == perf.total and perf.sizes[0].seconds <= perf.sizes[0].limit


COLD_FIRST_CALL = FIRST_CALL_AT_500.format(first="        return None")  # the warm-up


def test_the_submission_gets_a_warm_up_call_like_the_reference(
    max_subarray, write_solution, folders
):
    """The reference's first call at the first size is a warm-up; so is the submission's,
    under the same limit (so it cannot buy a pass), and its answer is not the one judged."""
    result = check(max_subarray, write_solution(COLD_FIRST_CALL), folders)
    perf = result.tiers[2]
    assert perf.verdict is Verdict.AC, perf.failure
    assert perf.passed == perf.total


MEMOISES_A_SLOW_WARM_UP = (
    KADANE
    + """

import signal
import time

answers = {}


def max_subarray_sum(nums):
    signal.setitimer(signal.ITIMER_PROF, 0)  # no soft stop: only the kill, a little later
    key = tuple(nums)
    if key not in answers:
        if len(nums) >= 500:  # past the limit (about 0.035 s), short of that kill
            end = time.process_time() + 0.06
            while time.process_time() < end:
                pass
        answers[key] = kadane(nums)
    return answers[key]
"""
)


def test_a_warm_up_past_the_limit_cannot_be_remembered_into_a_pass(
    max_subarray, write_solution, folders
):
    """The worker stops a call at the limit and the judge kills it only a little later: a
    warm-up that disarmed the first and finished before the second is over the limit all the
    same, so its answer, kept for the timed call on the same input, buys nothing; a second
    input decides."""
    perf = check(max_subarray, write_solution(MEMOISES_A_SLOW_WARM_UP), folders).tiers[2]
    assert perf.verdict is Verdict.TLE and perf.passed == 0
    assert next(size for size in perf.sizes if size.n == 500).verdict is Verdict.TLE


STALLS_ON_ONE_INPUT = (
    KADANE
    + """

def max_subarray_sum(nums):
    while nums[:8] == {prefix}:  # a machine's stall, on this one input only
        pass
    return kadane(nums)
"""
)


def test_one_input_over_the_limit_is_not_yet_a_time_limit(max_subarray, write_solution, folders):
    """One call over the limit can be the machine: the size is timed again on a second
    input of that size (never the same one, so that nothing kept from the first call can
    make the second fast), and only a second call over the limit ends the tier."""
    spec = max_subarray.performance
    data = input_file(max_subarray, 2000, spec.seed, folders.cache, spec.params_at(2000))
    (nums,) = pickle.loads(data.read_bytes())
    result = check(
        max_subarray, write_solution(STALLS_ON_ONE_INPUT.format(prefix=nums[:8])), folders
    )
    perf = result.tiers[2]
    assert perf.verdict is Verdict.AC, perf.failure
    assert perf.passed == perf.total
    at_2000 = next(s for s in perf.sizes if s.n == 2000)
    assert at_2000.seconds is not None and at_2000.seconds <= at_2000.limit


@pytest.fixture
def cpu_hogs():
    """Two busy processes: one per core of the 2-core machine the targets are set for."""
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    yield
    for hog in hogs:
        hog.kill()
        hog.wait()


def run_performance(challenge, path, folders):
    context = CheckContext(challenge, path, folders)
    try:
        return PerformanceTier("Performance").run(context)
    finally:
        context.close()


@pytest.mark.slow
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
