"""The speed and memory tiers: limits calibrated against the reference, in the same run.

For each input size (smallest first), the reference is timed in its own worker (one that
never loaded the submission): a warm-up call, then the best of `repeats` calls. The
submission's limit at that size is `factor x reference + floor` seconds of CPU, measured by
the parent from outside the worker; the submission is stopped the moment it passes the
limit, and the tier ends there (TLE at that size), so hopeless code costs no more than good
code. Outputs are compared by digest with the reference's. The growth of both is fitted on
log-log axes and described in words (`~n`, `~n^2`). Memory tiers measure the extra memory of
one call: tracemalloc's peak inside the worker, or the worker's peak RSS read by the parent.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path

from judge.catalog import Challenge, MemorySpec
from judge.correctness import LOAD_LIMITS, load_request, open_worker
from judge.inputs import input_file
from judge.sandbox import CallLimits, Outcome, WorkerProcess
from judge.testing import error_message, stopped_message
from judge.verdicts import Failure, SizeTiming, TierResult, Verdict

REFERENCE_LIMITS = CallLimits(cpu_seconds=120.0, wall_seconds=300.0)
PREPARE_LIMITS = CallLimits(cpu_seconds=60.0, wall_seconds=120.0)

Progress = Callable[[str], None]


class PerformanceError(Exception):
    """The reference itself failed to run: a bug of the challenge, an internal error."""


def _load(worker: WorkerProcess, challenge: Challenge) -> Outcome:
    return worker.request(load_request(challenge), LOAD_LIMITS)


def _stage(worker: WorkerProcess, data: Path) -> Outcome:
    """Hand one cached input (see `judge.inputs.input_file`) to a worker."""
    folder = worker.stage(data.parent)
    return worker.request({"op": "input", "folder": folder}, PREPARE_LIMITS)


def _timed_run(
    worker: WorkerProcess, limits: CallLimits, digest: bool = True, **options: bool
) -> Outcome:
    """Prepare fresh arguments, time one call from outside, then read back the result's
    digest (or drop it): only the call itself is timed and limited."""
    prepared = worker.request({"op": "prepare"}, PREPARE_LIMITS)
    if not prepared.ok:
        return prepared
    call = worker.request({"op": "run", "defer": True, **options}, limits)
    return _read_back(worker, call, digest)


def _read_back(worker: WorkerProcess, call: Outcome, digest: bool = True) -> Outcome:
    if not call.ok:
        return call
    result = worker.request(
        {"op": "result", "digest": digest, "discard": not digest}, PREPARE_LIMITS
    )
    if not result.ok:
        return result
    call.reply.update(result.reply)
    return call


def _reference_run(worker: WorkerProcess, what: str, digest: bool = True) -> Outcome:
    outcome = _timed_run(worker, REFERENCE_LIMITS, digest=digest)
    if not outcome.ok:
        detail = outcome.reason or (outcome.reply or {}).get("error", "")
        raise PerformanceError(f"the reference failed on {what}: {detail}")
    return outcome


def _failure(outcome: Outcome, n: int) -> tuple[Verdict, Failure]:
    if outcome.verdict:
        return Verdict(outcome.verdict), Failure(message=stopped_message(outcome), input=f"n={n}")
    reply = outcome.reply or {}
    verdict = Verdict(reply.get("verdict", "RE"))
    return verdict, Failure(
        message=error_message(verdict) + f" (on the large input of size n={n})",
        input=f"n={n}",
        error=str(reply.get("error", "")),
        traceback=[str(line) for line in reply.get("traceback", [])],
    )


def run_performance(
    challenge: Challenge, submission: Path, progress: Progress = lambda _: None
) -> TierResult:
    spec = challenge.performance
    started = time.monotonic()
    tier = TierResult(
        "performance", "Performance", required=True, verdict=Verdict.AC, total=len(spec.sizes)
    )
    with (
        open_worker(challenge, challenge.path("reference.py")) as reference,
        open_worker(challenge, submission) as candidate,
    ):
        if not _load(reference, challenge).ok:
            raise PerformanceError("the reference could not be loaded")
        loaded = _load(candidate, challenge)
        if not loaded.ok:
            tier.verdict, tier.failure = _failure(loaded, 0)
            return tier
        for n in spec.sizes:
            progress(f"performance: n={n:,}")
            data = input_file(challenge, n, spec.seed)
            for worker in (reference, candidate):
                if not _stage(worker, data).ok:
                    raise PerformanceError(f"the input of size {n} could not be loaded")
            # The warm-up run also gives the expected digest; the timed repeats drop theirs.
            runs = [
                _reference_run(reference, f"n={n}", digest=i == 0) for i in range(spec.repeats + 1)
            ]
            best = min(run.cpu_seconds for run in runs[1:])  # the first run is the warm-up
            limit = spec.factor * best + spec.floor_seconds
            outcome = _timed_run(candidate, CallLimits(cpu_seconds=limit))
            timing = SizeTiming(n=n, seconds=None, limit=limit, reference_seconds=best)
            tier.sizes.append(timing)
            if not outcome.ok:
                tier.verdict, tier.failure = _failure(outcome, n)
                timing.verdict = tier.verdict
                break
            timing.seconds = outcome.cpu_seconds
            if outcome.cpu_seconds > limit:  # finished between two polls, but too late
                tier.verdict = timing.verdict = Verdict.TLE
                tier.failure = Failure(
                    message=f"Your function took {outcome.cpu_seconds:.3f} s of CPU at n={n:,}; "
                    f"the limit is {limit:.3f} s.",
                    input=f"n={n}",
                )
                break
            if outcome.reply.get("digest") != runs[0].reply.get("digest"):
                tier.verdict = timing.verdict = Verdict.WA
                tier.failure = Failure(
                    message=f"Wrong answer on the large input of size n={n}.", input=f"n={n}"
                )
                break
            tier.passed += 1
        _time_reference_beyond(reference, challenge, tier.sizes)
    tier.fraction = tier.passed / tier.total
    tier.growth = describe_growth(tier.sizes)
    tier.summary = _summary(tier)
    tier.seconds = time.monotonic() - started
    return tier


def _time_reference_beyond(
    reference: WorkerProcess, challenge: Challenge, sizes: list[SizeTiming]
) -> None:
    """After an early stop, still time the reference at the larger sizes (one run each,
    cheap) so the learner sees how the reference grows where theirs could not go."""
    spec = challenge.performance
    for n in spec.sizes[len(sizes) :]:
        if not _stage(reference, input_file(challenge, n, spec.seed)).ok:
            return
        run = _reference_run(reference, f"n={n}", digest=False)
        limit = spec.factor * run.cpu_seconds + spec.floor_seconds
        sizes.append(
            SizeTiming(
                n=n, seconds=None, limit=limit, reference_seconds=run.cpu_seconds, verdict=None
            )
        )


def _summary(tier: TierResult) -> str:
    growth = tier.growth or {}
    words = f"your code {growth.get('submission', '?')}, reference {growth.get('reference', '?')}"
    if tier.verdict is Verdict.AC:
        slowest = max(s.seconds / s.limit for s in tier.sizes)
        return f"{tier.passed}/{tier.total} sizes; {words}; {slowest:.0%} of the limit at most"
    return f"{tier.passed}/{tier.total} sizes; {words}"


# -- growth ------------------------------------------------------------------------------
GROWTH_CLASSES = [
    (0.35, "~1"),
    (1.15, "~n"),  # n log n fits an exponent of ~1.1 at these sizes: the two blur here
    (1.4, "~n log n"),
    # Quadratic code is often stopped after two small sizes, where interpreter overhead
    # flattens the slope to ~1.7: n^1.5 is rare in these challenges, so keep it narrow.
    (1.6, "~n^1.5"),
    (2.5, "~n^2"),
    (math.inf, "~n^3"),
]
MEASURABLE_SECONDS = 0.0005  # below this, interpreter overhead hides the growth


def fit_exponent(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(seconds) against log(n)."""
    points = [(n, s) for n, s in points if s >= MEASURABLE_SECONDS][-4:]
    if len(points) < 2:
        return None
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(s) for _, s in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


def growth_words(exponent: float | None) -> str:
    if exponent is None:
        return "too fast to measure"
    return next(words for bound, words in GROWTH_CLASSES if exponent < bound)


def describe_growth(sizes: list[SizeTiming]) -> dict:
    """Growth of both, in words and numbers. A run stopped at its limit still tells that
    the code took *at least* the limit: it counts as a lower bound."""
    reference = fit_exponent([(s.n, s.reference_seconds) for s in sizes])
    # Sizes the submission finished; a run stopped at its limit only bounds the time from
    # below, which flattens the fit, so it is used only when too little else is known.
    # (A crash says nothing about speed; sizes after a stop were run by the reference only.)
    points = [(s.n, s.seconds) for s in sizes if s.seconds is not None]
    stopped = any(s.verdict is Verdict.TLE for s in sizes)
    if fit_exponent(points) is None:
        points += [(s.n, s.limit) for s in sizes if s.verdict is Verdict.TLE and s.seconds is None]
    submission = fit_exponent(points)
    words = growth_words(submission)
    if stopped:
        words = "at least " + words if submission is not None else "too slow to measure"
    return {
        "submission": words,
        "submission_exponent": None if submission is None else round(submission, 2),
        "reference": growth_words(reference),
        "reference_exponent": None if reference is None else round(reference, 2),
    }


# -- memory ------------------------------------------------------------------------------
def _measure(worker: WorkerProcess, spec: MemorySpec, limits: CallLimits) -> tuple[Outcome, int]:
    """One call's extra memory in bytes, by the method the challenge asks for."""
    if spec.method == "rss" and worker.reset_peak_rss():
        prepared = worker.request({"op": "prepare"}, PREPARE_LIMITS)
        if not prepared.ok:
            return prepared, 0
        before = worker.rss_kb("VmRSS") or 0
        worker.reset_peak_rss()
        outcome = worker.request({"op": "run", "defer": True}, limits)
        peak = worker.rss_kb("VmHWM") or before  # also after a MemoryError: how far it got
        return _read_back(worker, outcome), max(0, peak - before) * 1024
    outcome = _timed_run(worker, limits, tracemalloc=True)
    return outcome, int((outcome.reply or {}).get("peak_bytes", 0)) if outcome.ok else 0


def run_memory(challenge: Challenge, spec: MemorySpec, submission: Path) -> TierResult:
    started = time.monotonic()
    tier = TierResult(
        "memory", spec.tier_title, required=spec.required, verdict=Verdict.AC, total=1
    )
    budget = spec.budget_kb * 1024
    with (
        open_worker(challenge, challenge.path("reference.py")) as reference,
        open_worker(challenge, submission) as candidate,
    ):
        if not _load(reference, challenge).ok:
            raise PerformanceError("the reference could not be loaded")
        data = input_file(challenge, spec.size, spec.seed)
        _stage(reference, data)
        expected, reference_bytes = _measure(reference, spec, REFERENCE_LIMITS)
        if not expected.ok:
            raise PerformanceError(f"the reference failed the memory tier: {expected.reason}")
        loaded = _load(candidate, challenge)
        if loaded.ok:
            _stage(candidate, data)
            outcome, used = _measure(candidate, spec, CallLimits(cpu_seconds=spec.seconds))
        else:
            outcome, used = loaded, 0
    tier.memory = {
        "n": spec.size,
        "method": spec.method,
        "budget_bytes": budget,
        "peak_bytes": used,
        "reference_peak_bytes": reference_bytes,
    }
    if not outcome.ok:
        tier.verdict, tier.failure = _failure(outcome, spec.size)
    elif outcome.reply.get("digest") != expected.reply.get("digest"):
        tier.verdict = Verdict.WA
        tier.failure = Failure(message=f"Wrong answer on the input of size n={spec.size}.")
    elif used > budget:
        tier.verdict = Verdict.MLE
        tier.failure = Failure(
            message=f"The call used {_kib(used)} of extra memory; the budget is {_kib(budget)}.",
            input=f"n={spec.size}",
        )
    tier.passed = int(tier.verdict is Verdict.AC)
    tier.fraction = float(tier.passed)
    tier.summary = f"{_kib(used)} extra (budget {_kib(budget)}, reference {_kib(reference_bytes)})"
    tier.seconds = time.monotonic() - started
    return tier


def _kib(count: int) -> str:
    if count >= 10 * 1024 * 1024:
        return f"{count / 1024 / 1024:.0f} MiB"
    return f"{count / 1024:.0f} KiB" if count >= 1024 else f"{count} B"
