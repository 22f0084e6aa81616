"""What a challenge's `test_properties.py` works with: examples, the reference, the proxy.

A property test receives `solution`, a `SolutionProxy`. Calling it sends the arguments (plain
data) to the worker that loaded the submission and returns the decoded result; it never runs
the submission here. `solution.check(*args)` also compares the result with the reference,
which runs in *this* (trusted) process, and raises `WrongAnswer` with the input, the expected
and the actual value. A crash or a time-out inside the worker raises `GradingStopped`, a
`BaseException`, so that Hypothesis stops at once instead of shrinking by re-running a
submission that hangs. The same module works under plain pytest (challenges/conftest.py).
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tempfile
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from judge import canonical, harness
from judge.catalog import Challenge
from judge.sandbox import Outcome
from judge.verdicts import Failure, Verdict


@dataclass(frozen=True)
class Example:
    """A hand-picked case: the arguments as plain data, the expected result, and why."""

    args: tuple[Any, ...]
    expected: Any
    note: str = ""


def import_file(path: Path, name: str) -> ModuleType:
    """Import a trusted challenge file (reference, harness, tests, perf) under a fresh name."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and pickle look modules up by name
    spec.loader.exec_module(module)
    return module


class Reference:
    """The reference solution, called in the judge's own process to compute expectations."""

    def __init__(self, challenge: Challenge) -> None:
        self.challenge = challenge
        tag = challenge.module_name
        module = import_file(challenge.path("reference.py"), f"judge_reference_{tag}")
        self.function = getattr(module, challenge.function)
        harness_module = harness
        if challenge.harness_file:
            harness_module = import_file(challenge.harness_file, f"judge_harness_{tag}")
        self.hooks = harness.load_hooks(harness_module)
        self._expected: dict[str, Any] = {}
        self._untouched: dict[str, Any] = {}
        self._scratch = Path(tempfile.mkdtemp(prefix="judge-reference-"))
        self.close = weakref.finalize(self, shutil.rmtree, self._scratch, True)

    def _folder(self) -> Path:
        """Where a call may write: a fresh folder for file-based challenges (they have a
        harness), the shared scratch folder for the rest (cheaper: nothing is written)."""
        if self.challenge.harness_file:
            return Path(tempfile.mkdtemp(dir=self._scratch))
        return self._scratch

    @staticmethod
    def _key(data: list[Any]) -> str:
        return canonical.dumps(canonical.encode(data))

    def expected(self, data: list[Any]) -> Any:
        key = self._key(data)
        if key not in self._expected:
            folder = self._folder()
            args = self.hooks["build_args"](data, folder)
            result = self.function(*args)
            value = self.hooks["collect"](result, args, folder)
            self._expected[key] = canonical.decode(canonical.encode(value))
        return self._expected[key]

    def untouched(self, data: list[Any]) -> Any:
        """What the arguments look like before any call (to detect a modified input).
        Cached: Hypothesis replays the same inputs many times while it shrinks."""
        key = self._key(data)
        if key not in self._untouched:
            args = self.hooks["build_args"](data, self._folder())
            self._untouched[key] = canonical.encode(self.hooks["observe"](args))
        return self._untouched[key]

    def describe(self, data: list[Any]) -> str:
        return canonical.shorten(str(self.hooks["describe"](data)), limit=600)


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
    last: LastCall | None = None
    calls: int = field(default=0)

    def __call__(self, *args: Any) -> Any:
        data = list(args)
        self.last = LastCall(args=data)
        self.calls += 1
        outcome = self.send(data)
        shown = self.reference.describe(data)
        if outcome.verdict:  # the worker was stopped or died
            failure = Failure(message=stopped_message(outcome), input=shown)
            raise GradingStopped(Verdict(outcome.verdict), failure)
        reply = outcome.reply
        if not outcome.ok:
            verdict = Verdict(reply.get("verdict", "RE"))
            failure = Failure(
                message=error_message(verdict),
                input=shown,
                error=str(reply.get("error", "")),
                traceback=[str(line) for line in reply.get("traceback", [])],
            )
            if verdict in (Verdict.MLE, Verdict.IE):
                raise GradingStopped(verdict, failure)
            raise SubmissionError(verdict, failure)
        got = canonical.decode(reply.get("result"))
        self.last.got, self.last.answered = got, True
        if self.reference.challenge.read_only_inputs and not self._untouched(data, reply):
            raise WrongAnswer(
                Failure(
                    message="Your function modified its input, which the contract forbids.",
                    input=shown,
                    got=canonical.show(got),
                )
            )
        return got

    def _untouched(self, data: list[Any], reply: dict[str, Any]) -> bool:
        after = canonical.dumps(reply.get("after"))
        return after == canonical.dumps(self.reference.untouched(data))

    def check(self, *args: Any, expected: Any = ...) -> Any:
        """Call, then compare with `expected` (default: the reference's answer)."""
        got = self(*args)
        if expected is ...:
            expected = self.reference.expected(list(args))
        if not canonical.results_match(expected, got, self.reference.challenge.compare):
            raise WrongAnswer(mismatch(self.reference, list(args), expected, got))
        return got


def mismatch(reference: Reference, data: list[Any], expected: Any, got: Any) -> Failure:
    message = "Wrong answer."
    if canonical.type_name(expected) != canonical.type_name(got):
        expected_type, got_type = canonical.type_name(expected), canonical.type_name(got)
        message = f"Wrong type: expected {_article(expected_type)}, got {_article(got_type)}."
    elif reference.challenge.compare == "multiset":
        message = "Wrong answer (compared in any order, duplicates counted)."
    return Failure(
        message=message,
        input=reference.describe(data),
        expected=canonical.show(expected),
        got=canonical.show(got),
    )


def _article(noun: str) -> str:
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def error_message(verdict: Verdict) -> str:
    if verdict is Verdict.RE:
        return "Your function raised an exception."
    if verdict is Verdict.MLE:
        return "Your function ran out of memory."
    if verdict is Verdict.WA:
        return "Your function's result could not be read back."
    return "The worker failed."


def stopped_message(outcome: Outcome) -> str:
    if outcome.verdict == "TLE":
        return f"Your function did not finish: {outcome.reason}."
    if outcome.verdict == "MLE":
        return f"Your function ran out of memory ({outcome.reason})."
    return f"Your code ended the process: {outcome.reason}."
