"""The `solution` a property test calls, and the exceptions that end a correctness tier.

`SolutionProxy` sends the arguments (plain data) to the worker that loaded the submission and
returns the decoded result; it never runs the submission here. `solution.check(*args)` also
compares the result with the reference, which runs in this (trusted) process, and raises
`WrongAnswer` with the input, the expected and the actual value. A crash or a time-out inside
the worker raises `GradingStopped`, a `BaseException`, so that Hypothesis stops at once
instead of shrinking by re-running a submission that hangs. The same proxy works under plain
pytest (challenges/conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from judge.engine import canonical
from judge.engine.sandbox import Outcome
from judge.grading.answers import Accept, judge_answer
from judge.grading.failures import call_failure
from judge.grading.reference import Reference
from judge.verdicts import Failure, Verdict


class WrongAnswer(AssertionError):
    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.message)
        self.failure = failure


class SubmissionError(Exception):
    """The submission raised (RE) or returned something unreadable (WA) on one input."""

    def __init__(self, verdict: Verdict, failure: Failure) -> None:
        super().__init__(failure.message)
        self.verdict, self.failure = verdict, failure


class GradingStopped(BaseException):
    """The worker timed out, ran out of memory or died: stop the tier right here."""

    def __init__(self, verdict: Verdict, failure: Failure) -> None:
        super().__init__(failure.message)
        self.verdict, self.failure = verdict, failure


@dataclass
class LastCall:
    args: list[Any]
    got: Any = None
    answered: bool = False


@dataclass
class SolutionProxy:
    """The `solution` a property test calls: forwards to the worker, compares here."""

    send: Callable[[list[Any]], Outcome]
    reference: Reference
    accept: Accept | None = None  # the package's accept(), for compare = "accept"
    last: LastCall | None = None
    calls: int = field(default=0)

    def __call__(self, *args: Any) -> Any:
        data = list(args)
        self.last = LastCall(args=data)
        self.calls += 1
        outcome = self.send(data)
        if not outcome.ok:
            verdict, failure = call_failure(outcome, self.reference.show_input(data))
            if outcome.verdict or verdict is Verdict.MLE:  # the worker is gone or unusable
                raise GradingStopped(verdict, failure)
            raise SubmissionError(verdict, failure)
        reply = outcome.reply
        try:
            got = canonical.decode(reply.get("result"), reply.get("blobs", ()))
        except (RecursionError, MemoryError):  # a forged or absurd reply: never our error
            failure = Failure(
                message="Your function's result is nested too deeply to be read back.",
                input=self.reference.show_input(data),
            )
            raise SubmissionError(Verdict.WA, failure) from None
        self.last.got, self.last.answered = got, True
        if self.reference.challenge.read_only_inputs and not self._untouched(data, reply):
            raise WrongAnswer(
                Failure(
                    message="Your function modified its input, which the contract forbids.",
                    input=self.reference.show_input(data),
                    got=canonical.show(got),
                )
            )
        return got

    def _untouched(self, data: list[Any], reply: dict[str, Any]) -> bool:
        after = canonical.dumps(reply.get("after"))
        return after == canonical.dumps(self.reference.untouched(data))

    def check(self, *args: Any, expected: Any = ...) -> Any:
        """Call, then judge the answer against `expected` (default: the reference's) the
        way the challenge compares (`judge.grading.answers`)."""
        got = self(*args)
        if expected is ...:
            expected = self.reference.expected(list(args))
        failure = judge_answer(self.reference, list(args), expected, got, self.accept)
        if failure:
            raise WrongAnswer(failure)
        return got
