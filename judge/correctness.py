"""The correctness tiers: hand-picked examples, then Hypothesis properties.

Both tiers talk to one worker that loaded the submission (`SubmissionSession`) through a
`SolutionProxy`, and compare in this process against the reference. Properties run
derandomized, with no example database and no output, so the same file always gets the same
verdict and the same (shrunk, smallest) counterexample. What the learner sees of a failure is
built here: the input, expected vs got, or the error with their own traceback frames.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from hypothesis import HealthCheck, Phase, Verbosity, settings
from hypothesis.configuration import set_hypothesis_home_dir
from hypothesis.errors import Flaky, HypothesisException
from hypothesis.reporting import with_reporter

from judge import canonical
from judge.catalog import Challenge
from judge.sandbox import CallLimits, Limits, Outcome, WorkerProcess
from judge.testing import (
    GradingStopped,
    Reference,
    SolutionProxy,
    SubmissionError,
    WrongAnswer,
    import_file,
)
from judge.verdicts import Failure, TierResult, Verdict
from judge.workspace import state_dir

LOAD_LIMITS = CallLimits(cpu_seconds=10.0, wall_seconds=20.0)


def worker_limits(challenge: Challenge) -> Limits:
    return Limits(memory_mb=challenge.memory_mb, file_size_mb=challenge.file_size_mb)


def load_request(challenge: Challenge) -> dict[str, Any]:
    return {"op": "load", "function": challenge.function, "compare": challenge.compare}


def open_worker(challenge: Challenge, path: Path) -> WorkerProcess:
    """A worker for `path` with the challenge's limits and harness (not yet started)."""
    return WorkerProcess(path, worker_limits(challenge), challenge.harness_file)


class SubmissionSession:
    """A worker that has loaded one file, for the small calls of the correctness tiers."""

    def __init__(self, challenge: Challenge, path: Path) -> None:
        self.challenge = challenge
        self.worker = open_worker(challenge, path)
        self.limits = CallLimits(cpu_seconds=challenge.call_seconds)

    def __enter__(self) -> SubmissionSession:
        self.worker.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.worker.close()

    def load(self) -> tuple[Verdict, Failure] | None:
        """Load the file. None when it loaded; otherwise the whole check's verdict (CE, RE
        or TLE) and what to show, the file's own output included."""
        outcome = self.worker.request(load_request(self.challenge), LOAD_LIMITS)
        if outcome.ok:
            return None
        if outcome.verdict:
            verdict = Verdict(outcome.verdict)
            failure = Failure(message=f"Loading your file failed: {outcome.reason}.")
        else:
            reply = outcome.reply
            verdict = Verdict(reply.get("verdict", "CE"))
            failure = Failure(
                message=load_message(verdict),
                error=str(reply.get("error", "")),
                traceback=[str(line) for line in reply.get("traceback", [])],
            )
        return verdict, self.attach_output(failure)

    def call(self, data: list[Any]) -> Outcome:
        request = {"op": "call", "args": canonical.encode(data), "observe": True}
        return self.worker.request(request, self.limits)

    def attach_output(self, failure: Failure) -> Failure:
        output = self.worker.output()
        if output.text:
            failure.output = output.text[-4000:] if len(output.text) > 4000 else output.text
            failure.output_truncated = output.truncated or len(output.text) > 4000
        return failure


def load_message(verdict: Verdict) -> str:
    if verdict is Verdict.CE:
        return "Your file could not be loaded."
    return "Your file failed while it was being loaded."


def load_tests(challenge: Challenge) -> ModuleType:
    return import_file(challenge.path("test_properties.py"), f"judge_tests_{challenge.module_name}")


def _failed(proxy: SolutionProxy, exc: BaseException, test: str | None) -> tuple[Verdict, Failure]:
    """Turn whatever ended a test into the verdict and the case the learner sees."""
    if isinstance(exc, GradingStopped | SubmissionError):
        verdict, failure = exc.verdict, exc.failure
    elif isinstance(exc, WrongAnswer):
        verdict, failure = Verdict.WA, exc.failure
    elif isinstance(exc, Flaky):
        verdict = Verdict.WA
        failure = Failure(message="Your function gave different results for the same input.")
    else:  # an invariant of the property test does not hold for the submission's answer
        verdict = Verdict.WA
        detail = str(exc).strip() or type(exc).__name__
        failure = Failure(message=f"A property does not hold: {detail}")
        if not isinstance(exc, AssertionError):
            failure.message = f"The answer broke a property check ({type(exc).__name__}: {exc})."
    last = proxy.last
    if last is not None and failure.input is None:
        failure.input = proxy.reference.describe(last.args)
        if last.answered:
            failure.got = canonical.show(last.got)
            with contextlib.suppress(Exception):
                failure.expected = canonical.show(proxy.reference.expected(last.args))
    failure.test = test
    return verdict, failure


def run_examples(
    challenge: Challenge, session: SubmissionSession, reference: Reference, tests: ModuleType
) -> TierResult:
    started = time.monotonic()
    examples = list(getattr(tests, "EXAMPLES", []))
    tier = TierResult(
        "examples", "Examples", required=True, verdict=Verdict.AC, total=len(examples)
    )
    proxy = SolutionProxy(session.call, reference)
    for example in examples:
        try:
            proxy.check(*example.args, expected=example.expected)
        except (WrongAnswer, SubmissionError, GradingStopped) as exc:
            tier.verdict, tier.failure = _failed(proxy, exc, None)
            if example.note:
                tier.failure.message += f" (case: {example.note})"
            session.attach_output(tier.failure)
            break
        tier.passed += 1
    return _finished(tier, f"{tier.passed}/{tier.total} examples", started)


def property_settings(challenge: Challenge) -> settings:
    return settings(
        max_examples=challenge.max_examples,
        derandomize=True,
        database=None,
        deadline=None,
        print_blob=False,
        report_multiple_bugs=False,
        verbosity=Verbosity.quiet,
        suppress_health_check=list(HealthCheck),
        phases=(Phase.explicit, Phase.generate, Phase.shrink),
    )


def property_tests(challenge: Challenge) -> tuple[ModuleType, list[tuple[str, Any]]]:
    """Import the challenge's tests under the judge's Hypothesis settings."""
    # Hypothesis keeps a few files even without a database: in the state folder, not in
    # whatever folder the user runs judge from.
    set_hypothesis_home_dir(str(state_dir() / "hypothesis"))
    settings.register_profile("judge", property_settings(challenge))
    # Restored afterwards, so that a host pytest run keeps its own profile.
    previous = settings.get_current_profile_name()
    settings.load_profile("judge")
    try:
        module = load_tests(challenge)
    finally:
        if previous:
            settings.load_profile(previous)
    tests = [
        (name, value)
        for name, value in vars(module).items()
        if name.startswith("test_") and callable(value)
    ]
    return module, tests


def run_properties(
    challenge: Challenge,
    session: SubmissionSession,
    reference: Reference,
    tests: list[tuple[str, Any]],
) -> TierResult:
    started = time.monotonic()
    tier = TierResult(
        "properties", "Properties", required=True, verdict=Verdict.AC, total=len(tests)
    )
    proxy = SolutionProxy(session.call, reference)
    for name, test in tests:
        proxy.last = None
        try:
            with with_reporter(lambda _message: None):
                test(solution=proxy)
        except HypothesisException as exc:
            if not isinstance(exc, Flaky):
                raise  # a broken property test is the challenge's bug: an internal error
            tier.verdict, tier.failure = _failed(proxy, exc, name)
        except (Exception, GradingStopped) as exc:
            tier.verdict, tier.failure = _failed(proxy, exc, name)
        if tier.failure:
            doc = (test.__doc__ or "").strip().splitlines()
            tier.failure.test = doc[0] if doc else name.removeprefix("test_").replace("_", " ")
            session.attach_output(tier.failure)
            break
        tier.passed += 1
    return _finished(tier, f"{tier.passed}/{tier.total} properties, {proxy.calls} calls", started)


def _finished(tier: TierResult, summary: str, started: float) -> TierResult:
    """Correctness is all or nothing: full points only when every case passed."""
    tier.fraction = 1.0 if tier.verdict is Verdict.AC else 0.0
    tier.summary = summary
    tier.seconds = time.monotonic() - started
    return tier
