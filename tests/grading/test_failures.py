"""What came back from a worker becomes a verdict and a Failure: a reply is written by a
process the submission controls, so only a verdict a submission can earn is believed."""

import pytest

from judge.engine.sandbox import Outcome
from judge.grading.failures import call_failure, claimed_verdict, load_failure
from judge.verdicts import Verdict


def replied(**reply) -> Outcome:
    return Outcome(reply={"ok": False, **reply})


@pytest.mark.parametrize("claim", ["AC", "IE", "TLE", "nonsense", None, 1])
def test_a_reply_claiming_a_verdict_it_cannot_earn_is_a_runtime_error(claim):
    verdict, failure = call_failure(replied(verdict=claim, error="x"), "[1]")
    assert verdict is Verdict.RE
    assert failure.message == "Your function raised an exception."


@pytest.mark.parametrize(
    ("claim", "message"),
    [
        ("RE", "Your function raised an exception."),
        ("WA", "Your function's result could not be read back."),
        ("MLE", "Your function ran out of memory."),
        ("CE", "Your file could not be loaded."),
    ],
)
def test_a_claimable_verdict_is_believed(claim, message):
    verdict, failure = call_failure(replied(verdict=claim), "[1]", where=" (on n=5)")
    assert verdict == claim and failure.message == message + " (on n=5)"
    assert failure.input == "[1]"


def test_the_reply_gives_the_error_and_the_users_frames_as_text():
    reply = replied(verdict="RE", error=ValueError, traceback=['File "a.py", line 1', 7])
    _, failure = call_failure(reply, None)
    assert failure.error == "<class 'ValueError'>"
    assert failure.traceback == ['File "a.py", line 1', "7"]
    assert call_failure(replied(verdict="RE"), None)[1].error == ""


def test_a_stopped_worker_keeps_the_parents_verdict_and_reason():
    tle = Outcome(verdict=Verdict.TLE, reason="stopped after 2.00 s of CPU")
    verdict, failure = call_failure(tle, "n=500")
    assert verdict is Verdict.TLE and failure.input == "n=500"
    assert failure.message == "Your function did not finish: stopped after 2.00 s of CPU."
    mle = Outcome(verdict=Verdict.MLE, reason="the process was killed by signal SIGKILL")
    assert call_failure(mle, None)[1].message == (
        "Your function ran out of memory (the process was killed by signal SIGKILL)."
    )
    died = Outcome(verdict=Verdict.RE, reason="the process exited with status 0")
    assert call_failure(died, None)[1].message == (
        "Your code ended the process: the process exited with status 0."
    )


def test_loading_defaults_to_ce_and_never_believes_ac():
    assert load_failure(replied(verdict="AC"))[0] is Verdict.CE
    verdict, failure = load_failure(replied(verdict="CE", error="SyntaxError: bad"))
    assert verdict is Verdict.CE and failure.message == "Your file could not be loaded."
    assert failure.error == "SyntaxError: bad" and failure.input is None
    verdict, failure = load_failure(replied(verdict="RE", error="ZeroDivisionError"))
    assert verdict is Verdict.RE
    assert failure.message == "Your file failed while it was being loaded."
    stopped = Outcome(verdict=Verdict.TLE, reason="stopped after 10.00 s of CPU")
    verdict, failure = load_failure(stopped)
    assert verdict is Verdict.TLE
    assert failure.message == "Loading your file failed: stopped after 10.00 s of CPU."


def test_claimed_verdict_falls_back_to_the_default():
    assert claimed_verdict({}, Verdict.CE) is Verdict.CE
    assert claimed_verdict({"verdict": "WA"}, Verdict.RE) is Verdict.WA
