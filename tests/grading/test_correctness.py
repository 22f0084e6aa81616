"""What ends a correctness case becomes a verdict and the case the learner sees; a tier is
all or nothing. No worker: the proxy's `send` is faked."""

import pytest
from hypothesis.errors import Flaky

from judge.challenge.catalog import find_challenge
from judge.engine import canonical
from judge.engine.sandbox import Outcome
from judge.grading.correctness import case_failure, finished
from judge.grading.proxy import GradingStopped, SolutionProxy, WrongAnswer
from judge.grading.reference import Reference
from judge.grading.results import TierKind, TierResult
from judge.verdicts import Failure, Verdict


def always_zero(data):
    """A fake worker: the submission answers 0 to everything."""
    return Outcome(reply={"ok": True, "result": canonical.encode(0)})


@pytest.fixture(scope="module")
def proxy():
    return SolutionProxy(always_zero, Reference(find_challenge("max-subarray")))


def test_a_broken_invariant_names_itself(proxy):
    proxy([-3, 5])
    verdict, failure = case_failure(proxy, AssertionError("yours is smaller"), "test_x")
    assert verdict is Verdict.WA and failure.message == "A property does not hold: yours is smaller"
    assert (failure.input, failure.got, failure.expected) == ("[-3, 5]", "0", "5")
    assert failure.test == "test_x"
    _, bare = case_failure(proxy, AssertionError(), None)
    assert bare.message == "A property does not hold: AssertionError"


def test_an_error_inside_the_property_is_a_wrong_answer_with_its_kind(proxy):
    proxy([1])
    verdict, failure = case_failure(proxy, TypeError("'int' object is not iterable"), None)
    assert verdict is Verdict.WA
    assert failure.message == (
        "The answer broke a property check (TypeError: 'int' object is not iterable)."
    )


def test_different_answers_for_one_input_is_a_wrong_answer(proxy):
    proxy([2])
    verdict, failure = case_failure(proxy, Flaky("unreliable"), None)
    assert verdict is Verdict.WA
    assert failure.message == "Your function gave different results for the same input."


def test_a_stopped_worker_keeps_its_verdict_and_failure(proxy):
    proxy.last = None
    stopped = GradingStopped(Verdict.TLE, Failure("Your function did not finish.", input="[9]"))
    verdict, failure = case_failure(proxy, stopped, "t")
    assert verdict is Verdict.TLE and failure.input == "[9]" and failure.got is None


def test_a_failure_that_names_its_input_keeps_it(proxy):
    proxy([7])
    wrong = WrongAnswer(Failure("Wrong answer.", input="the author's words", got="1"))
    _, failure = case_failure(proxy, wrong, None)
    assert failure.input == "the author's words" and failure.got == "1"


def test_a_tier_is_all_or_nothing():
    done = finished(TierResult(TierKind.EXAMPLES, "Examples", True, Verdict.AC), "9/9", 0.0)
    assert done.fraction == 1.0 and done.summary == "9/9"
    failed = TierResult(TierKind.EXAMPLES, "Examples", True, Verdict.WA, passed=8, total=9)
    assert finished(failed, "8/9", 0.0).fraction == 0.0
