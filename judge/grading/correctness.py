"""What the two correctness tiers share: turning whatever ended a case into the verdict and
the case the learner sees, and finishing a tier (all or nothing).

A case ends with `GradingStopped` (the worker was stopped or died), `SubmissionError` (the
submission raised, or its result could not be read back), `WrongAnswer` (a comparison with
the reference failed), Hypothesis's `Flaky` (different answers for the same input), or any
other exception of a property test (an invariant of the property does not hold).
"""

from __future__ import annotations

import contextlib
import time

from hypothesis.errors import Flaky

from judge.challenge.authoring import Rejected
from judge.engine import canonical
from judge.grading.proxy import GradingStopped, SolutionProxy, SubmissionError, WrongAnswer
from judge.grading.results import TierResult
from judge.verdicts import Failure, Verdict


def case_failure(
    proxy: SolutionProxy, exc: BaseException, test: str | None
) -> tuple[Verdict, Failure]:
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
    if isinstance(exc, Rejected):  # about many calls: the last one is not the case to show
        failure.input, last = exc.input, None
    if last is not None and failure.input is None:
        failure.input = proxy.reference.show_input(last.args)
        if last.answered:
            failure.got = canonical.show(last.got)
            with contextlib.suppress(Exception):
                failure.expected = canonical.show(proxy.reference.expected(last.args))
    failure.test = test
    return verdict, failure


def finished(tier: TierResult, summary: str, started: float) -> TierResult:
    """Correctness is all or nothing: full points only when every case passed."""
    tier.fraction = 1.0 if tier.verdict is Verdict.AC else 0.0
    tier.summary = summary
    tier.seconds = time.monotonic() - started
    return tier
