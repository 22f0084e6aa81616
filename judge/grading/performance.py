"""The performance tier: time limits calibrated against the reference, in the same run.

For each input size (smallest first), the reference is timed in its own worker (one that
never loaded the submission): a warm-up call, then the best of `repeats` calls. The
submission's limit at that size is `factor x reference + floor` seconds of CPU, measured by
the parent from outside the worker; the submission is stopped the moment it passes the
limit, and the tier ends there (TLE at that size), so hopeless code costs no more than good
code. Answers are judged against the reference's (`judge.grading.runs`). The growth of both
is fitted (`judge.grading.growth`) and described in words (`~n`, `~n^2`). The limit is of one
of two kinds (`[performance] limit`): "growth", a generous multiple of the reference (30 by
default), or "vectorised", where the constant factor is the point: a small multiple (5) of
a vectorised reference. Reports say which.
"""

from __future__ import annotations

import time

from judge.challenge.catalog import PerformanceSpec
from judge.engine.sandbox import CallLimits, WorkerProcess
from judge.grading.context import CheckContext, Tier
from judge.grading.growth import fit_growth
from judge.grading.results import SizeTiming, TierKind, TierResult
from judge.grading.runs import (
    PerformanceError,
    answer_kind,
    cached_input,
    large_answer_failure,
    large_input_failure,
    load_reference,
    reference_run,
    stage,
    timed_run,
)
from judge.grading.submission import load, open_worker
from judge.verdicts import Failure, Verdict


class PerformanceTier(Tier):
    kind = TierKind.PERFORMANCE

    def run(self, context: CheckContext) -> TierResult:
        challenge = context.challenge
        spec = challenge.performance
        started = time.monotonic()
        tier = self.pending()
        tier.verdict, tier.total = Verdict.AC, len(spec.sizes)
        with (
            open_worker(challenge, challenge.path("reference.py")) as reference,
            open_worker(challenge, context.submission) as candidate,
        ):
            load_reference(reference, challenge)
            loaded = load(candidate, challenge)
            if not loaded.ok:
                tier.verdict, tier.failure = large_input_failure(loaded, 0)
                return tier
            for n in spec.sizes:
                context.progress(f"performance: n={n:,}")
                if not self._one_size(context, reference, candidate, n, tier):
                    break
                tier.passed += 1
            _time_reference_beyond(context, reference, tier.sizes)
        tier.fraction = tier.passed / tier.total
        tier.growth = fit_growth(tier.sizes)
        tier.summary = _summary(tier, spec)
        tier.seconds = time.monotonic() - started
        return tier

    @staticmethod
    def _one_size(
        context: CheckContext,
        reference: WorkerProcess,
        candidate: WorkerProcess,
        n: int,
        tier: TierResult,
    ) -> bool:
        """Time both at size n; False (with the tier's verdict set) when the tier ends."""
        spec = context.challenge.performance
        data = cached_input(context, n, spec.seed)
        for worker in (reference, candidate):
            if not stage(worker, data).ok:
                raise PerformanceError(f"the input of size {n} could not be loaded")
        # The warm-up run also gives the expected answer; the timed repeats drop theirs.
        answer = answer_kind(context.challenge)
        runs = [
            reference_run(reference, f"n={n}", answer if i == 0 else None)
            for i in range(spec.repeats + 1)
        ]
        best = min(run.cpu_seconds for run in runs[1:])  # the first run is the warm-up
        limit = spec.factor * best + spec.floor_seconds
        outcome = timed_run(candidate, CallLimits(cpu_seconds=limit), answer)
        timing = SizeTiming(n=n, seconds=None, limit=limit, reference_seconds=best)
        tier.sizes.append(timing)
        if not outcome.ok:
            tier.verdict, tier.failure = large_input_failure(outcome, n)
            if tier.verdict is Verdict.TLE:
                tier.failure.message += f" The limit at n={n:,} was {spec.limit_words}."
            timing.verdict = tier.verdict
            return False
        timing.seconds = outcome.cpu_seconds
        if outcome.cpu_seconds > limit:  # finished between two polls, but too late
            tier.verdict = timing.verdict = Verdict.TLE
            tier.failure = Failure(
                message=f"Your function took {outcome.cpu_seconds:.3f} s of CPU at n={n:,}; "
                f"the limit is {limit:.3f} s ({spec.limit_words}).",
                input=f"n={n}",
            )
            return False
        wrong = large_answer_failure(context, data, runs[0], outcome, n)
        if wrong:
            tier.verdict = timing.verdict = Verdict.WA
            tier.failure = wrong
            return False
        return True


def _time_reference_beyond(
    context: CheckContext, reference: WorkerProcess, sizes: list[SizeTiming]
) -> None:
    """After an early stop, still time the reference at the larger sizes (one run each,
    cheap) so the learner sees how the reference grows where theirs could not go."""
    spec = context.challenge.performance
    for n in spec.sizes[len(sizes) :]:
        if not stage(reference, cached_input(context, n, spec.seed)).ok:
            return
        run = reference_run(reference, f"n={n}", None)
        limit = spec.factor * run.cpu_seconds + spec.floor_seconds
        sizes.append(
            SizeTiming(
                n=n, seconds=None, limit=limit, reference_seconds=run.cpu_seconds, verdict=None
            )
        )


def _summary(tier: TierResult, spec: PerformanceSpec) -> str:
    growth = tier.growth
    words = f"your code {growth.submission}, reference {growth.reference}"
    if spec.limit == "vectorised":  # the constant factor is what this tier limits
        words += f"; limit {spec.factor:g}x the vectorised reference"
    if tier.verdict is Verdict.AC:
        slowest = max(s.seconds / s.limit for s in tier.sizes)
        return f"{tier.passed}/{tier.total} sizes; {words}; {slowest:.0%} of the limit at most"
    return f"{tier.passed}/{tier.total} sizes; {words}"
