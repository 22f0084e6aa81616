"""The memory tiers: the extra memory of one call on a large input, against a budget.

A challenge may declare several (`[[memory]]` in challenge.toml), each required or a
stretch goal. The measure is tracemalloc's peak inside the worker (self-reported: see the
README's trust boundary for why that cannot buy an acceptance), or the worker's peak RSS read
by the parent from /proc after resetting the kernel's mark. The answer must still be right:
it is judged against the reference's on the same input, as on the performance tier.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from judge.challenge.catalog import MemorySpec
from judge.engine.sandbox import CallLimits, Outcome, WorkerProcess
from judge.grading.context import CheckContext, Tier
from judge.grading.growth import classify, fit_exponent, words
from judge.grading.results import MemoryUse, TierKind, TierResult
from judge.grading.runs import (
    PREPARE_LIMITS,
    REFERENCE_LIMITS,
    PerformanceError,
    answer_kind,
    cached_input,
    large_answer_failure,
    large_input_failure,
    load_reference,
    read_back,
    stage,
    timed_run,
)
from judge.grading.submission import load, open_worker
from judge.verdicts import Failure, Verdict


def measure(
    worker: WorkerProcess, spec: MemorySpec, limits: CallLimits, answer: str | None = "digest"
) -> tuple[Outcome, int]:
    """One call's extra memory in bytes, by the method the challenge asks for."""
    if spec.method == "rss" and worker.reset_peak_rss():
        prepared = worker.request({"op": "prepare"}, PREPARE_LIMITS)
        if not prepared.ok:
            return prepared, 0
        before = worker.rss_kb("VmRSS") or 0
        worker.reset_peak_rss()
        outcome = worker.request({"op": "run", "defer": True}, limits)
        peak = worker.rss_kb("VmHWM") or before  # also after a MemoryError: how far it got
        return read_back(worker, outcome, answer), max(0, peak - before) * 1024
    outcome = timed_run(worker, limits, answer, tracemalloc=True)
    return outcome, int((outcome.reply or {}).get("peak_bytes", 0)) if outcome.ok else 0


class MemoryTier(Tier):
    kind = TierKind.MEMORY

    def __init__(self, spec: MemorySpec) -> None:
        super().__init__(spec.tier_title, spec.required)
        self.spec = spec

    def _measure_reference(
        self, reference: WorkerProcess, data: Path, answer: str | None
    ) -> tuple[Outcome, int]:
        stage(reference, data)
        expected, used = measure(reference, self.spec, REFERENCE_LIMITS, answer)
        if not expected.ok:
            raise PerformanceError(f"the reference failed the memory tier: {expected.reason}")
        return expected, used

    def _growth(
        self,
        context: CheckContext,
        reference: WorkerProcess,
        candidate: WorkerProcess,
        use: MemoryUse,
    ) -> None:
        """Measure both again at the smaller `growth_sizes`, in the tier's two workers and at
        once (as the main measurement), and say how their extra memory grows with n
        (`judge.grading.growth`'s classes, fitted to bytes instead of seconds)."""
        spec = self.spec
        points = []
        with ThreadPoolExecutor(max_workers=1) as pool:
            for n in spec.growth_sizes:
                data = cached_input(context, n, spec.seed, spec.params)
                theirs = pool.submit(self._measure_reference, reference, data, None)
                stage(candidate, data)
                outcome, used = measure(candidate, spec, CallLimits(spec.seconds), None)
                _, reference_bytes = theirs.result()
                if not outcome.ok:
                    return
                points.append([n, used, reference_bytes])
        points.append([spec.size, use.peak_bytes, use.reference_peak_bytes])
        use.growth_points = points
        use.growth = memory_words([(n, yours) for n, yours, _ in points])
        use.reference_growth = memory_words([(n, theirs) for n, _, theirs in points])

    def run(self, context: CheckContext) -> TierResult:
        challenge, spec = context.challenge, self.spec
        context.progress(f"memory: {spec.title}")
        started = time.monotonic()
        tier = self.pending()
        tier.verdict, tier.total = Verdict.AC, 1
        budget = spec.budget_kb * 1024
        with (
            open_worker(challenge, challenge.path("reference.py")) as reference,
            open_worker(challenge, context.submission) as candidate,
        ):
            load_reference(reference, challenge)
            data = cached_input(context, spec.size, spec.seed, spec.params)
            answer = answer_kind(challenge)
            # The two measure at once, each in its own process: a peak of memory is not
            # disturbed by a neighbour (unlike time), and this halves the tier's wall time.
            with ThreadPoolExecutor(max_workers=1) as pool:
                expected_run = pool.submit(self._measure_reference, reference, data, answer)
                loaded = load(candidate, challenge)
                if loaded.ok:
                    stage(candidate, data)
                    limits = CallLimits(cpu_seconds=spec.seconds)
                    outcome, used = measure(candidate, spec, limits, answer)
                else:
                    outcome, used = loaded, 0
                expected, reference_bytes = expected_run.result()
            tier.memory = MemoryUse(spec.size, spec.method, budget, used, reference_bytes)
            if spec.growth_sizes and outcome.ok:
                self._growth(context, reference, candidate, tier.memory)
        if not outcome.ok:
            tier.verdict, tier.failure = large_input_failure(outcome, spec.size)
        elif wrong := large_answer_failure(context, data, expected, outcome, spec.size):
            tier.verdict, tier.failure = Verdict.WA, wrong
        elif used > budget:
            tier.verdict = Verdict.MLE
            tier.failure = Failure(
                message=f"The call used {kib(used)} of extra memory; the budget is {kib(budget)}.",
                input=f"n={spec.size}",
            )
        tier.passed = int(tier.verdict is Verdict.AC)
        tier.fraction = float(tier.passed)
        tier.summary = f"{kib(used)} extra (budget {kib(budget)}, reference {kib(reference_bytes)})"
        if tier.memory.growth:
            tier.summary += (
                f"; extra memory {tier.memory.growth}, reference {tier.memory.reference_growth}"
            )
        tier.seconds = time.monotonic() - started
        return tier


# Containers grow in steps (a hash table doubles or quadruples), so bytes stray from a smooth
# class far more than times do: a class is ruled out only when it strays by more than ~65%.
MEMORY_RULED_OUT_RMS = 0.5


def memory_words(points: list[tuple[int, int]]) -> str:
    """ "~n", "~1": the classes that fit extra bytes against n (a few hundred bytes of
    bookkeeping count as nothing: below a KiB, memory is ~1)."""
    if all(used < 1024 for _, used in points):
        return "~1"
    measured = [(n, float(max(used, 1))) for n, used in points]
    fits = classify(measured, ruled_out=MEMORY_RULED_OUT_RMS)
    return words([fit.name for fit in fits], fit_exponent(measured), len(points))


def kib(count: int) -> str:
    if count >= 10 * 1024 * 1024:
        return f"{count / 1024 / 1024:.0f} MiB"
    return f"{count / 1024:.0f} KiB" if count >= 1024 else f"{count} B"
