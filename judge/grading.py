"""One check, end to end: load, examples, properties, performance, memory, in that order.

`check()` is what `judge check` and `judge verify` call. A tier runs only when every
required tier before it was accepted (a wrong answer makes its speed meaningless);
stretch tiers run after the required ones and never change the overall verdict. A failure
of the judge's own machinery (a broken challenge package, a reference that fails) becomes
an `IE` tier, never a verdict against the submission.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from pathlib import Path

from judge.catalog import Challenge
from judge.correctness import SubmissionSession, property_tests, run_examples, run_properties
from judge.performance import run_memory, run_performance
from judge.testing import Reference
from judge.verdicts import CheckResult, Failure, TierResult, Verdict

Progress = Callable[[str], None]


def planned_tiers(challenge: Challenge) -> list[TierResult]:
    tiers = [
        TierResult("examples", "Examples", required=True, verdict=None),
        TierResult("properties", "Properties", required=True, verdict=None),
    ]
    if challenge.performance:
        tiers.append(TierResult("performance", "Performance", required=True, verdict=None))
    for spec in challenge.memory:
        tiers.append(TierResult("memory", spec.tier_title, required=spec.required, verdict=None))
    return tiers


def internal_error(tier: TierResult, exc: BaseException) -> TierResult:
    tier.verdict = Verdict.IE
    frames = traceback.format_exception(type(exc), exc, exc.__traceback__)
    tier.failure = Failure(
        message="The judge itself failed here; this is our bug, not yours.",
        error=f"{type(exc).__name__}: {exc}",
        traceback=[line.rstrip() for line in frames[-6:]],
    )
    return tier


def check(
    challenge: Challenge,
    submission: Path,
    quick: bool = False,
    progress: Progress = lambda _: None,
) -> CheckResult:
    started = time.monotonic()
    tiers = planned_tiers(challenge)
    result = CheckResult(challenge.slug, str(submission), tiers, quick=quick)
    try:
        _run_tiers(challenge, submission, tiers, quick, progress)
    except Exception as exc:  # a bug of ours: blame the tier that was running
        running = next((t for t in tiers if t.verdict is None), tiers[-1])
        internal_error(running, exc)
    result.seconds = time.monotonic() - started
    return result


def _run_tiers(
    challenge: Challenge,
    submission: Path,
    tiers: list[TierResult],
    quick: bool,
    progress: Progress,
) -> None:
    reference = Reference(challenge)
    try:
        _run_all(challenge, submission, tiers, quick, progress, reference)
    finally:
        reference.close()  # now, not at exit: pool processes of `verify -j` never run atexit


def _run_all(
    challenge: Challenge,
    submission: Path,
    tiers: list[TierResult],
    quick: bool,
    progress: Progress,
    reference: Reference,
) -> None:
    module, tests = property_tests(challenge)
    with SubmissionSession(challenge, submission) as session:
        progress("loading your file")
        not_loaded = session.load()
        if not_loaded:
            tiers[0].verdict, tiers[0].failure = not_loaded
            tiers[0].summary = "your file could not be loaded"
            return
        progress("examples")
        tiers[0] = run_examples(challenge, session, reference, module)
        if tiers[0].verdict is not Verdict.AC:
            return
        progress("properties")
        tiers[1] = run_properties(challenge, session, reference, tests)
        if tiers[1].verdict is not Verdict.AC:
            return
    if quick:
        for tier in tiers[2:]:
            tier.summary = "not run (--quick)"
        return
    if challenge.performance:
        tiers[2] = run_performance(challenge, submission, progress)
        if tiers[2].verdict is not Verdict.AC:
            return
    first_memory = 2 + bool(challenge.performance)
    memory = list(enumerate(challenge.memory, start=first_memory))
    for index, spec in sorted(memory, key=lambda pair: not pair[1].required):
        progress(f"memory: {spec.title}")
        tiers[index] = run_memory(challenge, spec, submission)
        if spec.required and tiers[index].verdict is not Verdict.AC:
            return
