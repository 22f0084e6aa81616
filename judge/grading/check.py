"""One check, end to end: the tiers a challenge plans, run in order, into one `CheckResult`.

`check()` is what `judge check`, `judge watch`, rounds and `judge verify` call. The tiers are
objects behind one small protocol (`judge.grading.context.Tier`): examples, properties, then
performance and memory where the challenge asks for them. A tier runs only when every
required tier before it was accepted (a wrong answer makes its speed meaningless); stretch
tiers run after the required ones and never change the overall verdict; `--quick` runs the
correctness tiers only. A failure of the judge's own machinery (a broken challenge package, a
reference that fails) becomes an `IE` tier, never a verdict against the submission.
"""

from __future__ import annotations

import os
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from judge.challenge.catalog import Challenge
from judge.engine import sandbox
from judge.grading.context import CheckContext, Folders, Progress, Tier
from judge.grading.examples import ExamplesTier
from judge.grading.growth import parse_claim
from judge.grading.memory import MemoryTier
from judge.grading.performance import PerformanceTier
from judge.grading.properties import PropertiesTier
from judge.grading.results import CheckResult, TierResult
from judge.verdicts import Failure, Verdict

_probe = ThreadPoolExecutor(max_workers=1, thread_name_prefix="judge-probe")


def _new_probe_after_fork() -> None:
    """A forked child (`judge verify --jobs N`'s pool) inherits the executor but not its
    thread, and may believe that thread idle: submitting to it would wait forever."""
    global _probe
    _probe = ThreadPoolExecutor(max_workers=1, thread_name_prefix="judge-probe")


os.register_at_fork(after_in_child=_new_probe_after_fork)


def plan(challenge: Challenge) -> list[Tier]:
    """The tiers of a check, in the order reports show them."""
    tiers: list[Tier] = [ExamplesTier("Examples"), PropertiesTier("Properties")]
    if challenge.performance:
        tiers.append(PerformanceTier("Performance"))
    tiers.extend(MemoryTier(spec) for spec in challenge.memory)
    return tiers


def claim_in_file(path: Path) -> str | None:
    try:
        return parse_claim(path.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None


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
    folders: Folders,
    quick: bool = False,
    progress: Progress = lambda _: None,
    claim: str | None = None,
    on_tier: Callable[[TierResult], None] = lambda _: None,
) -> CheckResult:
    """Grade `submission`. `claim` is the complexity class the learner says their code has;
    by default a "complexity: O(...)" line in the file, if any. `on_tier` hears each tier's
    result as soon as it is decided (`judge watch` shows the examples' verdict at once)."""
    started = time.monotonic()
    tiers = plan(challenge)
    results = [tier.pending() for tier in tiers]
    if claim is None:
        claim = claim_in_file(submission)
    context = CheckContext(challenge, submission, folders, progress, claim)
    # Found once per process, by jailing a throwaway process: alongside the first check.
    protections = _probe.submit(sandbox.protections)
    # Required tiers first, in order; then the stretch ones (a stable sort keeps the order).
    order = sorted(range(len(tiers)), key=lambda index: not tiers[index].required)
    running = None
    try:
        for index in order:
            tier = tiers[index]
            if quick and not tier.correctness:
                results[index].summary = "not run (--quick)"
                continue
            if not tier.correctness:
                context.release_submission()
            running = index
            results[index] = tier.run(context)
            running = None
            on_tier(results[index])
            if tier.required and results[index].verdict is not Verdict.AC:
                break
    except Exception as exc:  # a bug of ours: blame the tier that was running
        internal_error(results[running if running is not None else -1], exc)
    finally:
        context.close()
    result = CheckResult(challenge.slug, str(submission), results, quick=quick)
    result.sandbox = protections.result()
    result.seconds = time.monotonic() - started
    return result
