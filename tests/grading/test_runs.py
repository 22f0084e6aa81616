"""Timed runs on large inputs: prepare outside the measured call, time only the call, then
read back its digest; a reference that fails is the package's bug. Driven with a fake
worker that answers from a script, so no process starts, except for the soft stop, which
only a real worker can show."""

import pytest

from judge.engine.sandbox import CallLimits, Outcome, WorkerProcess
from judge.grading.runs import (
    PREPARE_LIMITS,
    REFERENCE_LIMITS,
    SOFT_MARGIN,
    SOFT_SLACK_SECONDS,
    PerformanceError,
    large_input_failure,
    reference_run,
    timed_run,
)
from judge.verdicts import Verdict


class ScriptedWorker:
    """Answers each request with the next outcome, and remembers what it was asked."""

    def __init__(self, *outcomes: Outcome) -> None:
        self.outcomes, self.requests = list(outcomes), []

    def request(self, message, limits):
        self.requests.append((message, limits))
        return self.outcomes.pop(0)


def ok(**reply) -> Outcome:
    return Outcome(reply={"ok": True, **reply}, cpu_seconds=0.5)


def test_only_the_call_is_timed_and_limited():
    worker = ScriptedWorker(ok(), ok(), ok(digest="abc"))
    limits = REFERENCE_LIMITS
    outcome = timed_run(worker, limits)
    assert [m["op"] for m, _ in worker.requests] == ["prepare", "run", "result"]
    assert [lim for _, lim in worker.requests] == [PREPARE_LIMITS, limits, PREPARE_LIMITS]
    assert worker.requests[1][0]["defer"] is True
    assert worker.requests[2][0] == {"op": "result", "digest": True, "discard": False}
    assert outcome.ok and outcome.reply["digest"] == "abc" and outcome.cpu_seconds == 0.5


def test_the_steps_around_the_call_are_billed_apart_and_a_value_can_come_back():
    worker = ScriptedWorker(ok(), ok(), ok(result=[1.5]))
    outcome = timed_run(worker, REFERENCE_LIMITS, answer="value")
    assert worker.requests[2][0] == {"op": "result", "digest": False, "discard": False}
    assert outcome.reply["result"] == [1.5]
    assert (outcome.cpu_seconds, outcome.untimed_seconds) == (0.5, 1.0)  # prepare + read back


def test_a_repeat_drops_its_result_and_a_failed_step_ends_the_run():
    worker = ScriptedWorker(ok(), ok(), ok())
    timed_run(worker, REFERENCE_LIMITS, answer=None, tracemalloc=True)
    assert worker.requests[1][0]["tracemalloc"] is True
    assert worker.requests[2][0] == {"op": "result", "digest": False, "discard": True}
    stopped = Outcome(verdict=Verdict.TLE, reason="stopped")
    assert timed_run(ScriptedWorker(stopped), REFERENCE_LIMITS) is stopped  # prepare failed
    worker = ScriptedWorker(ok(), stopped)
    assert timed_run(worker, REFERENCE_LIMITS) is stopped and len(worker.requests) == 2


def test_a_failing_reference_is_the_packages_bug():
    worker = ScriptedWorker(ok(), Outcome(reply={"ok": False, "error": "ValueError: x"}))
    with pytest.raises(PerformanceError, match="the reference failed on n=500: ValueError: x"):
        reference_run(worker, "n=500")


def test_a_large_input_failure_says_which_input():
    stopped = Outcome(verdict=Verdict.TLE, reason="stopped after 0.04 s of CPU")
    verdict, failure = large_input_failure(stopped, 2000)
    assert verdict is Verdict.TLE and failure.input == "n=2000"
    raised = Outcome(reply={"ok": False, "verdict": "RE", "error": "IndexError"})
    verdict, failure = large_input_failure(raised, 2000)
    assert verdict is Verdict.RE
    assert (
        failure.message == "Your function raised an exception. (on the large input of size n=2000)"
    )


def test_a_soft_limit_is_the_workers_own_with_a_higher_hard_one_behind_it():
    soft = Outcome(reply={"ok": False, "verdict": "TLE", "soft": True}, cpu_seconds=0.21)
    worker = ScriptedWorker(ok(), soft)
    outcome = timed_run(worker, CallLimits(cpu_seconds=0.2), soft=True)
    message, hard = worker.requests[1]
    assert message["soft_seconds"] == 0.2
    assert hard.cpu_seconds == pytest.approx(0.2 * SOFT_MARGIN + SOFT_SLACK_SECONDS)
    # Worded as the parent's own stop, and nothing read back.
    assert (outcome.verdict, outcome.reason) == (Verdict.TLE, "stopped after 0.20 s of CPU")
    assert len(worker.requests) == 2 and outcome.cpu_seconds == 0.21


BUSY = """
def f(n):
    while True:
        pass
"""

STUBBORN = """
def f(n):
    while True:
        try:
            while True:
                pass
        except BaseException:  # the soft stop, caught: only the hard limit ends this
            pass
"""


@pytest.mark.parametrize(("source", "survives"), [(BUSY, True), (STUBBORN, False)])
def test_slow_code_is_stopped_softly_unless_it_will_not_stop(write_solution, source, survives):
    with WorkerProcess(write_solution(source)) as worker:
        assert worker.request({"op": "load", "function": "f"}, PREPARE_LIMITS).ok
        assert worker.request({"op": "input", "args": [5]}, PREPARE_LIMITS).ok
        outcome = timed_run(worker, CallLimits(cpu_seconds=0.2), soft=True)
        assert outcome.verdict is Verdict.TLE and worker.alive is survives
        assert outcome.cpu_seconds < 0.2 * SOFT_MARGIN + SOFT_SLACK_SECONDS + 0.1
        if survives:  # the same process goes on with the next call, and answers it
            assert timed_run(worker, CallLimits(cpu_seconds=0.2), soft=True).verdict is Verdict.TLE
            assert worker.alive
