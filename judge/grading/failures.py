"""The one place where what came back from a worker becomes a verdict and a `Failure`.

A request ends in one of two ways: the parent stopped the worker or saw it die (the outcome
carries TLE, MLE or RE and a reason), or the worker replied that the submission failed (an
exception, a file that does not load, a result that cannot be read back). Everything in a
reply was written by a process the submission controlled, so the verdict a reply claims is
only believed when it is one a submission can earn (CE, RE, WA, MLE); anything else is RE.
"""

from __future__ import annotations

from judge.engine.sandbox import Outcome
from judge.verdicts import Failure, Verdict

CLAIMABLE = (Verdict.CE, Verdict.RE, Verdict.WA, Verdict.MLE)


def claimed_verdict(reply: dict, default: Verdict) -> Verdict:
    value = reply.get("verdict")
    return next((v for v in CLAIMABLE if v.value == value), default)


def error_message(verdict: Verdict) -> str:
    if verdict is Verdict.RE:
        return "Your function raised an exception."
    if verdict is Verdict.MLE:
        return "Your function ran out of memory."
    if verdict is Verdict.WA:
        return "Your function's result could not be read back."
    return "Your file could not be loaded."


def stopped_message(outcome: Outcome) -> str:
    if outcome.verdict is Verdict.TLE:
        return f"Your function did not finish: {outcome.reason}."
    if outcome.verdict is Verdict.MLE:
        return f"Your function ran out of memory ({outcome.reason})."
    return f"Your code ended the process: {outcome.reason}."


def load_message(verdict: Verdict) -> str:
    if verdict is Verdict.CE:
        return "Your file could not be loaded."
    return "Your file failed while it was being loaded."


def _from_reply(outcome: Outcome, verdict: Verdict, message: str, shown: str | None) -> Failure:
    reply = outcome.reply or {}
    return Failure(
        message=message,
        input=shown,
        error=str(reply.get("error", "")),
        traceback=[str(line) for line in reply.get("traceback", [])],
    )


def load_failure(outcome: Outcome) -> tuple[Verdict, Failure]:
    """Loading the file failed: CE (syntax, import, missing function), RE, TLE or MLE."""
    if outcome.verdict:
        return outcome.verdict, Failure(message=f"Loading your file failed: {outcome.reason}.")
    verdict = claimed_verdict(outcome.reply or {}, Verdict.CE)
    return verdict, _from_reply(outcome, verdict, load_message(verdict), None)


def call_failure(outcome: Outcome, shown: str | None, where: str = "") -> tuple[Verdict, Failure]:
    """A call failed; `shown` is the input as the learner reads it, `where` says which."""
    if outcome.verdict:
        return outcome.verdict, Failure(message=stopped_message(outcome), input=shown)
    verdict = claimed_verdict(outcome.reply or {}, Verdict.RE)
    return verdict, _from_reply(outcome, verdict, error_message(verdict) + where, shown)
