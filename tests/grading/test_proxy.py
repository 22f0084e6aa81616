"""The `solution` proxy a property test calls: it forwards to the worker, compares with the
reference here, and ends a tier with the right exception. Driven with a fake `send`, so no
worker runs, except for the end-to-end check of a modified input."""

import pytest

from judge.challenge.catalog import find_challenge
from judge.engine import canonical
from judge.engine.sandbox import Outcome
from judge.grading.check import check
from judge.grading.proxy import GradingStopped, SolutionProxy, SubmissionError, WrongAnswer
from judge.grading.reference import Reference
from judge.verdicts import Verdict

from ..conftest import CHALLENGES


@pytest.fixture(scope="module")
def reference():
    return Reference(find_challenge("max-subarray"))


def answering(value, after=None):
    """A fake worker that answers every call with `value`."""
    calls = []

    def send(data):
        calls.append(data)
        return Outcome(reply={"ok": True, "result": canonical.encode(value), "after": after})

    send.calls = calls
    return send


def test_a_call_returns_the_decoded_result_and_counts(reference):
    send = answering((1, [2]))
    proxy = SolutionProxy(send, reference)
    assert proxy([3, -1]) == (1, [2])
    assert proxy.calls == 1 and send.calls == [[[3, -1]]]
    assert proxy.last.args == [[3, -1]] and proxy.last.answered and proxy.last.got == (1, [2])


def test_check_compares_with_the_reference(reference):
    assert SolutionProxy(answering(6), reference).check([1, 2, 3]) == 6
    with pytest.raises(WrongAnswer) as caught:
        SolutionProxy(answering(5), reference).check([1, 2, 3])
    failure = caught.value.failure
    assert failure.message == "Wrong answer."
    assert (failure.input, failure.expected, failure.got) == ("[1, 2, 3]", "6", "5")


def test_a_wrong_type_is_named(reference):
    with pytest.raises(WrongAnswer, match=r"^Wrong type: expected an int, got a bool\.$"):
        SolutionProxy(answering(True), reference).check([1], expected=1)
    with pytest.raises(WrongAnswer, match=r"^Wrong type: expected an int, got a float\.$"):
        SolutionProxy(answering(1.0), reference).check([1])


def test_an_explicit_expected_value_is_used_instead_of_the_reference(reference):
    assert SolutionProxy(answering(-7), reference).check([-7], expected=-7) == -7
    with pytest.raises(WrongAnswer):
        SolutionProxy(answering(-7), reference).check([-7], expected=0)


def test_a_raising_submission_is_a_submission_error(reference):
    def raises(data):
        return Outcome(reply={"ok": False, "verdict": "RE", "error": "ValueError: no"})

    with pytest.raises(SubmissionError) as caught:
        SolutionProxy(raises, reference)([1])
    assert caught.value.verdict is Verdict.RE
    assert caught.value.failure.error == "ValueError: no"


def test_a_stopped_or_exhausted_worker_stops_the_tier(reference):
    """GradingStopped is a BaseException: Hypothesis must not shrink by re-running it."""
    assert not issubclass(GradingStopped, Exception)
    stopped = Outcome(verdict=Verdict.TLE, reason="stopped after 2.00 s of CPU")
    with pytest.raises(GradingStopped) as caught:
        SolutionProxy(lambda data: stopped, reference)([1])
    assert caught.value.verdict is Verdict.TLE
    assert (
        caught.value.failure.message == "Your function did not finish: stopped after 2.00 s of CPU."
    )
    out_of_memory = Outcome(reply={"ok": False, "verdict": "MLE", "error": "MemoryError"})
    with pytest.raises(GradingStopped) as caught:
        SolutionProxy(lambda data: out_of_memory, reference)([1])
    assert caught.value.verdict is Verdict.MLE


def test_modified_input_is_a_wrong_answer(folders):
    challenge = find_challenge("zero-sum-pair")
    sample = CHALLENGES / "zero_sum_pair" / "samples" / "wrong_answer" / "sorts_input.py"
    result = check(challenge, sample, folders, quick=True)
    assert result.verdict is Verdict.WA
    assert "modified its input" in result.tiers[0].failure.message


def test_the_input_is_compared_with_its_untouched_state():
    reference = Reference(find_challenge("zero-sum-pair"))  # read_only_inputs = true
    untouched = reference.untouched([[3, 1, 2]])
    assert SolutionProxy(answering(False, after=untouched), reference)([3, 1, 2]) is False
    sorted_after = canonical.encode([[1, 2, 3]])
    with pytest.raises(WrongAnswer, match="modified its input") as caught:
        SolutionProxy(answering(False, after=sorted_after), reference)([3, 1, 2])
    assert caught.value.failure.input == "[3, 1, 2]"
