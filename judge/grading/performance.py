"""The performance tier: time limits calibrated against the reference, in the same run.

For each input size (smallest first), the reference is timed in its own worker (one that
never loaded the submission): the best of `repeats` calls, or of two that agree within 10%,
after a warm-up call at the first size. The submission gets a warm-up call too, at the
first size. Its limit at each size is `factor x reference + floor` seconds of CPU, measured
by the parent from outside the worker; the submission is stopped the moment it passes the
limit (by its worker, which lives on: `runs.timed_run`'s soft stop). One call over can be
the machine; the code is shown to be too slow either by a second call, on a second input of
that size, under the same limit, or, cheaper, by its own growth: measured at smaller sizes
(which the growth words need anyway), it would take at least twice the limit there. Then
the tier ends at that size (TLE), so hopeless code costs little more than good code.
Answers are judged against the reference's (`judge.grading.runs`). The growth of both is
fitted (`judge.grading.growth`) and described in words (`~n`, `~n^2`). The limit is of one
of two kinds (`[performance] limit`): "growth", a generous multiple of the reference (30 by
default), or "vectorised", where the constant factor is the point: a small multiple (5) of
a vectorised reference. Reports say which. A run stopped before it finished enough sizes
for its growth words is also run at more sizes (between, and below the first, within a
small budget, each call stopped early), so that they rest on at least four measurements;
those extra sizes are shown, never graded.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

from judge.challenge.catalog import PerformanceSpec
from judge.engine.sandbox import CallLimits, Outcome, WorkerProcess
from judge.grading.context import CheckContext, Tier
from judge.grading.growth import ENOUGH_POINTS, classify, finished_points, fit_growth, measurable
from judge.grading.results import Growth, SizeTiming, TierKind, TierResult
from judge.grading.runs import (
    PerformanceError,
    answer_kind,
    billed_seconds,
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

MIN_EXTRA_SIZE = 8  # smaller inputs say nothing of growth
EXTRA_BUDGET_SECONDS = 1.0  # CPU a stopped submission may spend on the extra sizes
# Each extra call is stopped here (or at its limit, if lower): 0.15 s is hundreds of times
# what a measurement needs, and a size the code cannot finish by then is not worth its limit.
EXTRA_CALL_SECONDS = 0.15
# A call over the limit is the code's, not the machine's, when the code's measured growth
# puts it at least this many times over the limit at that size.
HOPELESS_TIMES_LIMIT = 2.0
# A size that passed this fast is run a second time and the faster run kept: the growth
# words then rest on less noise (the verdict was decided by the first run already).
SECOND_RUN_BELOW = 0.05
# So is a size where the submission's time, as a multiple of the reference's, jumped by
# this much since the previous size (and that is under half its limit): a single call that
# faulted in fresh memory (numpy's large arrays come from new pages) can take three times
# its warm time, and the reference's time is the best of several warm calls.
RATIO_JUMP = 1.3
# A size that passed faster than this is timed again as a batch of calls, each on its own
# fresh arguments, lasting about BATCH_SECONDS in all: a single call that quick is mostly
# the request around it (tens of microseconds), so its growth could not be seen. Only the
# growth words use the batch's time per call (the verdict was the single call's), and only
# where arguments are plain pickled data (no harness): at most BATCH_BYTES of copies.
BATCH_BELOW = 0.002
BATCH_SECONDS = 0.01
BATCH_BYTES = 8 * 1024 * 1024  # of pickles: the objects they make can be several times more
BATCH_STOP_SECONDS = 20 * BATCH_SECONDS + 0.1
MAX_BATCH = 20000  # the worker's MAX_COPIES
REFERENCE_AGREEMENT = 0.1  # two reference runs this close in CPU: their best is trusted


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
            extras = ExtraSizes(context, reference, candidate, tier)
            for n in spec.sizes:
                context.progress(f"performance: n={n:,}")
                if not _one_size(context, reference, candidate, n, tier, extras):
                    break
                tier.passed += 1
            if tier.verdict is Verdict.TLE:
                extras.measure()  # more points, if confirming the stop left too few
            _time_reference_beyond(context, reference, tier.sizes)
        tier.fraction = tier.passed / tier.total
        tier.growth = fit_growth(tier.sizes, context.claim)
        if tier.verdict is Verdict.TLE and tier.failure is not None:
            tier.failure.message += projection(tier.growth)
        tier.summary = _summary(tier, spec)
        tier.seconds = time.monotonic() - started
        return tier


class _Unmeasured(Exception):
    """An extra size could not be measured (the code crashed, or no longer loads)."""


class ExtraSizes:
    """Measure a stopped submission at more sizes until its growth rests on enough points,
    within a budget of CPU seconds: first upwards from the largest size it finished towards
    the one where it was stopped, then down from the first size (steps of sqrt(2)). Each
    call is stopped at EXTRA_CALL_SECONDS (or its limit, if lower): these sizes are never
    graded, and a size that takes longer only costs its time. Upwards, the first size it
    cannot finish ends that direction (the larger ones would only take longer); downwards,
    a size it cannot finish skips the next step, and one too fast to measure ends it
    (smaller ones only get faster). One budget for the whole tier: the points measured to
    confirm a stop (`confirm_stop`) count for the growth words too."""

    def __init__(
        self,
        context: CheckContext,
        reference: WorkerProcess,
        candidate: WorkerProcess,
        tier: TierResult,
    ) -> None:
        self.context = context
        self.reference = reference
        self.candidate = candidate
        self.tier = tier
        # The submission's CPU, not wall time: below the first size every size it cannot
        # finish costs its limit too, and counting more than that left no budget for the
        # sizes it can finish (quadratic code got "too slow to measure" instead of ~n^2).
        self.spent = 0.0
        self.tried: set[int] = set()
        self.too_slow_below: int | None = None  # the last size below the first it could not finish
        self.below_done = False  # too fast to measure there: smaller sizes say nothing more

    def confirm_stop(self, n: int, limit: float) -> bool:
        """Whether the code, measured at smaller sizes, would take at least
        HOPELESS_TIMES_LIMIT times the limit at size n, where its call was over the limit:
        then that call was the code, not the machine, without a second call at that limit.
        The prediction is the slower-growing class of a tie, from the finished sizes alone
        (not from the stop it is asked to confirm)."""
        self.measure(stop=n, limit=limit)
        finished = finished_points(self.tier.sizes)
        if len(finished) < ENOUGH_POINTS:
            return False
        fits = classify(finished)
        return bool(fits) and fits[0].predict(n) >= HOPELESS_TIMES_LIMIT * limit

    def measure(self, stop: int | None = None, limit: float | None = None) -> None:
        """Add extra sizes below `stop`, where the code took more than `limit` (by default,
        the size where the tier stopped, and its limit)."""
        tier, spec = self.tier, self.context.challenge.performance
        if stop is None or limit is None:
            stopped = next(s for s in tier.sizes if s.verdict is Verdict.TLE)
            stop, limit = stopped.n, stopped.limit
        # Below the first size, start where even linear growth down from the stop would
        # finish in one extra call: most slow code grows at least that fast, and each size
        # tried above that point would only have cost its call.
        reach = stop * EXTRA_CALL_SECONDS / limit
        graded = [s for s in tier.sizes if s.seconds is not None and not s.extra]
        # Upwards is hopeless when the largest graded size it finished took a whole call.
        too_slow_upwards = bool(graded) and graded[-1].seconds > EXTRA_CALL_SECONDS
        for n, below in extra_sizes(spec.sizes, [s.n for s in graded], stop):
            enough = len(finished_points(tier.sizes)) >= ENOUGH_POINTS
            if enough or self.spent >= EXTRA_BUDGET_SECONDS:
                return
            if n in self.tried or (too_slow_upwards and not below) or (below and self.below_done):
                continue
            if below and n > reach:
                continue
            if below and self.too_slow_below and n > self.too_slow_below / 1.9:
                continue  # halving while it is too slow
            self.tried.add(n)
            try:
                seconds = self._time(n)
            except _Unmeasured:
                return  # it crashed, or no longer loads: that says nothing of its speed
            if seconds is None:
                too_slow_upwards = too_slow_upwards or not below
                self.too_slow_below = n if below else self.too_slow_below
                continue
            if below:
                self.too_slow_below = None
                if not measurable([(n, seconds)]):
                    self.below_done = True
                    return

    def _time(self, n: int) -> float | None:
        """The submission's seconds at size n (also recorded in the tier), or None when it
        could not finish within the extra call's stop; `_Unmeasured` when it failed."""
        context, reference, candidate = self.context, self.reference, self.candidate
        spec = context.challenge.performance
        if not candidate.alive:  # a stopped run killed it
            try:
                _restart(candidate, context)
            except PerformanceError:
                raise _Unmeasured from None
        context.progress(f"performance: growth at n={n:,}")
        data = cached_input(context, n, spec.seed, spec.params_at(n))
        if not (stage(reference, data).ok and stage(candidate, data).ok):
            raise _Unmeasured
        runs = [reference_run(reference, f"n={n}", None) for _ in range(2)]
        best = min(run.cpu_seconds for run in runs)
        limit = spec.factor * best + spec.floor_seconds
        stop = min(limit, EXTRA_CALL_SECONDS)
        outcome = timed_run(candidate, CallLimits(cpu_seconds=stop), None, soft=True)
        self.spent += outcome.cpu_seconds + outcome.untimed_seconds
        if not outcome.ok and outcome.verdict is not Verdict.TLE:
            raise _Unmeasured
        seconds = billed_seconds(outcome, min(run.untimed_seconds for run in runs))
        if not outcome.ok or seconds > stop:
            return None
        self.tier.sizes.append(SizeTiming(n, seconds, limit, best, extra=True))
        self.tier.sizes.sort(key=lambda size: size.n)
        return seconds


def _one_size(
    context: CheckContext,
    reference: WorkerProcess,
    candidate: WorkerProcess,
    n: int,
    tier: TierResult,
    extras: ExtraSizes,
) -> bool:
    """Time both at size n; False (with the tier's verdict set) when the tier ends."""
    spec = context.challenge.performance
    data = cached_input(context, n, spec.seed, spec.params_at(n))
    for worker in (reference, candidate):
        staged = stage(worker, data)
        if not staged.ok:
            why = staged.reason or (staged.reply or {}).get("error", "")
            raise PerformanceError(f"the input of size {n} could not be loaded: {why}")
    answer = answer_kind(context.challenge)
    expected, timed, dropped = _time_reference(
        reference, n, answer, spec.repeats, warm=bool(tier.sizes)
    )
    best = min(run.cpu_seconds for run in timed)
    limit = spec.factor * best + spec.floor_seconds
    outcome = None
    if not tier.sizes:
        # The reference's first call was a warm-up (first allocations, lazy imports of
        # numpy's internals): the submission's first call is one too, under the same
        # limit, so neither is timed cold. Each call gets a fresh copy of the input, and
        # the warm-up must pass the limit itself (as billed: past the soft stop, the kill
        # comes a little later), so nothing can be carried over to fake a pass.
        warm_up = timed_run(candidate, CallLimits(cpu_seconds=limit), None, soft=True)
        if _over(warm_up, expected, limit):
            outcome = warm_up  # then a second input decides, not this one's memory
    if outcome is None:
        outcome = timed_run(candidate, CallLimits(cpu_seconds=limit), answer, soft=True)
    if _over(outcome, expected, limit) and not extras.confirm_stop(n, limit):
        # One call over the limit can be the machine: in a VM, memory the guest gave back
        # costs a host fault per page when touched again, and one such storm took 0.08 s
        # of CPU where the call itself needs 0.009 s. Unless the code's growth already says
        # it is far too slow here, a second input decides: two in a row are the code. A
        # second input, not the same one again, so that nothing the first call kept can
        # make the second fast.
        data, expected, outcome = _second_input(context, reference, candidate, n, limit)
    timing = SizeTiming(n=n, seconds=None, limit=limit, reference_seconds=best)
    tier.sizes.append(timing)
    if not outcome.ok:
        tier.verdict, tier.failure = large_input_failure(outcome, n)
        if tier.verdict is Verdict.TLE:
            tier.failure.message += f" The limit at n={n:,} was {spec.limit_words}."
        timing.verdict = tier.verdict
        return False
    # Billed against the reference's run that read back the same kind of answer.
    timing.seconds = billed_seconds(outcome, expected.untimed_seconds)
    if timing.seconds > limit:  # finished between two polls but too late, or billed
        tier.verdict = timing.verdict = Verdict.TLE
        tier.failure = Failure(
            message=f"Your function took {timing.seconds:.3f} s of CPU at n={n:,}; "
            f"the limit is {limit:.3f} s ({spec.limit_words}).",
            input=f"n={n}",
        )
        return False
    wrong = large_answer_failure(context, data, expected, outcome, n)
    if wrong:
        tier.verdict = timing.verdict = Verdict.WA
        tier.failure = wrong
        return False
    if timing.seconds < BATCH_BELOW and context.challenge.harness_file is None:
        _time_batch(context, candidate, timing, data.stat().st_size)
    elif timing.seconds < SECOND_RUN_BELOW or _ratio_jumped(tier.sizes):
        # A second run steadies the growth fit. Generous: this run decides nothing, and
        # must not end the worker on a busy machine; if it does, the next size gets a
        # fresh one.
        again = timed_run(candidate, CallLimits(cpu_seconds=4 * limit + 0.1), None)
        if again.ok:
            reference_untimed = min(run.untimed_seconds for run in dropped)
            timing.seconds = min(timing.seconds, billed_seconds(again, reference_untimed))
        elif not candidate.alive:
            _restart(candidate, context)
    return True


def _time_batch(
    context: CheckContext, candidate: WorkerProcess, timing: SizeTiming, input_bytes: int
) -> None:
    """Time a size again as batches of calls: a first batch sized by the single call's time
    (which includes the request around it, so it is too few calls), then one sized by the
    first batch's time per call. Keeps the time per call and the batch's length."""
    most = min(MAX_BATCH, BATCH_BYTES // max(input_bytes, 1))
    per_call = timing.seconds
    if most < 2:
        return
    for _ in range(2):
        copies = max(2, min(most, math.ceil(BATCH_SECONDS / max(per_call, 1e-7))))
        if copies <= timing.calls:
            return
        # Generous (each batch is sized to last about BATCH_SECONDS), and this decides
        # nothing; but bounded, not copies x the limit: code that is quick once and then
        # slow must not hold the judge for minutes.
        limits = CallLimits(cpu_seconds=BATCH_STOP_SECONDS)
        batch = timed_run(candidate, limits, None, copies=copies)
        if not batch.ok:
            if not candidate.alive:
                _restart(candidate, context)
            return
        per_call = batch.cpu_seconds / copies
        timing.seconds, timing.calls = min(timing.seconds, per_call), copies
        if batch.cpu_seconds >= BATCH_SECONDS / 2:
            return


def _ratio_jumped(sizes: list[SizeTiming]) -> bool:
    """Whether the last graded size took far more, against the reference, than the one
    before it did, while well under its limit (so that a second run is cheap)."""
    graded = [s for s in sizes if not s.extra and s.seconds is not None]
    if len(graded) < 2 or graded[-1].seconds >= graded[-1].limit / 2:
        return False
    before, last = graded[-2], graded[-1]
    if min(before.reference_seconds, last.reference_seconds) <= 0:
        return False
    ratio = last.seconds / last.reference_seconds
    return ratio > RATIO_JUMP * before.seconds / before.reference_seconds


def _time_reference(
    reference: WorkerProcess, n: int, answer: str, repeats: int, warm: bool
) -> tuple[Outcome, list[Outcome], list[Outcome]]:
    """The reference at size n: its run that reads back the expected answer, the runs that
    count for its time, and those that dropped their answer (at least one). The first run is
    a warm-up at the first size only (first allocations, lazy imports); once the worker is
    warm it counts too. Up to `repeats` runs count, and just two once the two fastest agree
    within REFERENCE_AGREEMENT: a third would move the best by less than the noise the limit
    allows for, at the cost of one more call of the largest input."""
    expected = reference_run(reference, f"n={n}", answer)
    timed, dropped = ([expected] if warm else []), []
    while len(timed) < repeats or not dropped:
        dropped.append(reference_run(reference, f"n={n}", None))
        timed.append(dropped[-1])
        times = sorted(run.cpu_seconds for run in timed)
        if len(times) >= 2 and times[1] <= times[0] * (1 + REFERENCE_AGREEMENT):
            break
    return expected, timed, dropped


def _second_input(
    context: CheckContext,
    reference: WorkerProcess,
    candidate: WorkerProcess,
    n: int,
    limit: float,
) -> tuple[Path, Outcome, Outcome]:
    """Time the submission once more at size n, on another input of that size (seed + 1):
    that input, the reference's run on it (its answer), and the submission's run."""
    spec = context.challenge.performance
    context.progress(f"performance: n={n:,}, a second input")
    data = cached_input(context, n, spec.seed + 1, spec.params_at(n))
    if not candidate.alive:  # stopped at the limit
        _restart(candidate, context)
    for worker in (reference, candidate):
        if not stage(worker, data).ok:
            raise PerformanceError(f"the second input of size {n} could not be loaded")
    answer = answer_kind(context.challenge)
    expected = reference_run(reference, f"n={n} (second input)", answer)
    return data, expected, timed_run(candidate, CallLimits(cpu_seconds=limit), answer, soft=True)


def _restart(candidate: WorkerProcess, context: CheckContext) -> None:
    """A fresh worker for the submission, its file loaded, after one was stopped."""
    candidate.close()
    candidate.start()
    if not load(candidate, context.challenge).ok:
        raise PerformanceError("the submission no longer loads")


def _over(outcome: Outcome, reference: Outcome, limit: float) -> bool:
    """Stopped at the limit, or finished past it (as billed)."""
    if not outcome.ok:
        return outcome.verdict is Verdict.TLE
    return billed_seconds(outcome, reference.untimed_seconds) > limit


def extra_sizes(sizes: list[int], finished: list[int], stop: int) -> list[tuple[int, bool]]:
    """Sizes to add for the growth fit, each with whether it lies below the first size: on
    a grid of steps of sqrt(2) down from the size `stop` where the run was stopped, those
    above the largest size it finished (smallest first: the cheapest come first), then those
    below the first size (largest first)."""
    largest = max(finished, default=0)
    between, n = [], stop / math.sqrt(2)
    while n > 1.1 * largest and largest:
        between.insert(0, (round(n), False))
        n /= math.sqrt(2)
    below, n = [], sizes[0] / math.sqrt(2)
    while n >= MIN_EXTRA_SIZE:
        below.append((round(n), True))
        n /= math.sqrt(2)
    return between + below


def _time_reference_beyond(
    context: CheckContext, reference: WorkerProcess, sizes: list[SizeTiming]
) -> None:
    """After an early stop, still time the reference at the larger sizes (the better of two
    runs each, cheap) so the learner sees how the reference grows where theirs could not go.
    Two: the first call at a new size can fault in fresh memory, and one-hot's reference took
    54 ms at n = 40,000 that way against 10 ms warm, which read as "reference ~n^2"."""
    spec = context.challenge.performance
    measured = {s.n for s in sizes}
    for n in [n for n in spec.sizes if n not in measured]:
        if not stage(reference, cached_input(context, n, spec.seed, spec.params_at(n))).ok:
            return
        best = min(reference_run(reference, f"n={n}", None).cpu_seconds for _ in range(2))
        limit = spec.factor * best + spec.floor_seconds
        sizes.append(
            SizeTiming(n=n, seconds=None, limit=limit, reference_seconds=best, verdict=None)
        )


def projection(growth: Growth) -> str:
    """ " At n = 128,000 your code would need about 40 s; the limit there is 1.5 s." """
    if growth.projected_seconds is None or growth.projected_n is None:
        return ""
    return (
        f" At n = {growth.projected_n:,} your code would need about "
        f"{seconds_text(growth.projected_seconds)}; the limit there is "
        f"{seconds_text(growth.projected_limit or 0.0)}."
    )


def seconds_text(seconds: float) -> str:
    if seconds >= 3600:
        return f"{seconds / 3600:,.0f} hours"
    if seconds >= 10:
        return f"{seconds:,.0f} s"
    return f"{seconds:.2g} s" if seconds >= 0.01 else f"{seconds * 1000:.2g} ms"


def _summary(tier: TierResult, spec: PerformanceSpec) -> str:
    growth = tier.growth
    yours = growth.submission
    if growth.stopped_at is not None:
        sizes = f"{growth.points} size" + ("" if growth.points == 1 else "s")
        yours += f" (measured at {sizes}; stopped at n = {growth.stopped_at:,})"
    words = f"your code {yours}, reference {growth.reference}"
    if spec.limit == "vectorised":  # the constant factor is what this tier limits
        words += f"; limit {spec.factor:g}x the vectorised reference"
    graded = [s for s in tier.sizes if not s.extra]
    if tier.verdict is Verdict.AC:
        slowest = max(s.seconds / s.limit for s in graded)
        return f"{tier.passed}/{tier.total} sizes; {words}; {slowest:.0%} of the limit at most"
    return f"{tier.passed}/{tier.total} sizes; {words}"
