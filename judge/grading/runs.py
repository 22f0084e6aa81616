"""Timed runs on large inputs, shared by the performance and memory tiers.

An input is staged into a worker from the input cache, fresh arguments are prepared outside
the measured call, the call is timed from outside the worker (its process CPU clock, read
by the parent), and only then is its result read back (as a digest, or as the value itself
when the challenge compares approximately or with its own accept) or dropped. The
reference runs in a worker of its own that never loaded the submission.
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

from judge.challenge.catalog import Challenge
from judge.challenge.inputs import input_file
from judge.engine import canonical
from judge.engine.sandbox import CallLimits, Outcome, WorkerProcess, cpu_stop
from judge.grading.answers import judge_answer, needs_values
from judge.grading.context import CheckContext
from judge.grading.failures import call_failure
from judge.grading.submission import load
from judge.verdicts import Failure, Verdict

REFERENCE_LIMITS = CallLimits(cpu_seconds=120.0, wall_seconds=300.0)
PREPARE_LIMITS = CallLimits(cpu_seconds=60.0, wall_seconds=120.0)
# Past a soft limit the parent kills the worker at this multiple of it, plus this slack: room
# for the worker's own timer to fire first (the parent looks at the CPU every 10 ms).
SOFT_MARGIN, SOFT_SLACK_SECONDS = 1.25, 0.05


class PerformanceError(Exception):
    """The reference itself failed to run: a bug of the challenge, an internal error."""


def cached_input(
    context: CheckContext, size: int, seed: int, params: dict[str, Any] | None = None
) -> Path:
    """The pickled arguments of one size, from the input cache (generated if needed)."""
    folders = context.folders
    return input_file(context.challenge, size, seed, folders.cache, params, salt=folders.input_salt)


def load_reference(worker: WorkerProcess, challenge: Challenge) -> None:
    if not load(worker, challenge).ok:
        raise PerformanceError("the reference could not be loaded")


def stage(worker: WorkerProcess, data: Path) -> Outcome:
    """Hand one cached input (see `judge.challenge.inputs.input_file`) to a worker: its
    files into a fresh folder, its pickled arguments over the pipe."""
    folder = worker.stage(data.parent)
    request = {"op": "input", "folder": folder}
    return worker.request(request, PREPARE_LIMITS, payload=data.read_bytes())


def answer_kind(challenge: Challenge) -> str:
    """How a large answer is read back to be judged: its "digest", or its "value" (for
    answers compared approximately or by the package's accept)."""
    return "value" if needs_values(challenge) else "digest"


def timed_run(
    worker: WorkerProcess,
    limits: CallLimits,
    answer: str | None = "digest",
    soft: bool = False,
    copies: int = 1,
    **options: bool,
) -> Outcome:
    """Prepare fresh arguments, time one call from outside, then read back the answer (its
    "digest" or its "value"), or drop it (None): only the call itself is timed and limited;
    the CPU of the steps around it is kept in `untimed_seconds` (see `billed_seconds`).

    `soft`: the worker itself stops the call at the CPU limit (an interval timer raising in
    the submission) and lives on, which spares starting another worker after every size a
    slow submission cannot finish; the parent's own limit, a little higher, still kills
    code that will not stop. Either way the outcome is the same TLE.

    `copies`: the request calls the function that many times, each on its own fresh
    arguments (built beforehand, untimed), and its time is theirs together."""
    prepared = worker.request({"op": "prepare", "copies": copies}, PREPARE_LIMITS)
    if not prepared.ok:
        return prepared
    run = {"op": "run", "defer": True, **options}
    if soft:
        run["soft_seconds"] = limits.cpu_seconds
        hard = CallLimits(cpu_seconds=limits.cpu_seconds * SOFT_MARGIN + SOFT_SLACK_SECONDS)
        call = _soft_stopped(worker.request(run, hard), limits.cpu_seconds)
    else:
        call = worker.request(run, limits)
    call.untimed_seconds += prepared.cpu_seconds
    return read_back(worker, call, answer)


def _soft_stopped(call: Outcome, limit: float) -> Outcome:
    """A call the worker stopped at its soft limit, worded as one the parent stopped."""
    if call.ok or not (call.reply or {}).get("soft"):
        return call
    return Outcome(
        verdict=Verdict.TLE,
        reason=cpu_stop(limit),
        cpu_seconds=call.cpu_seconds,
        wall_seconds=call.wall_seconds,
    )


def read_back(worker: WorkerProcess, call: Outcome, answer: str | None = "digest") -> Outcome:
    if not call.ok:
        return call
    result = worker.request(
        {"op": "result", "digest": answer == "digest", "discard": answer is None},
        PREPARE_LIMITS,
    )
    if not result.ok:
        return result
    call.reply.update(result.reply)
    call.untimed_seconds += result.cpu_seconds
    return call


def billed_seconds(candidate: Outcome, reference_untimed: float) -> float:
    """The submission's time at one size: its call, plus whatever it spent in the untimed
    steps beyond twice what the reference's worker needed for them (and 5 ms). The
    submission runs in the worker's process and could move its work into those steps (by
    patching the worker's code); this way that work is paid for."""
    allowance = 2 * reference_untimed + 0.005
    return candidate.cpu_seconds + max(0.0, candidate.untimed_seconds - allowance)


def reference_run(worker: WorkerProcess, what: str, answer: str | None = "digest") -> Outcome:
    outcome = timed_run(worker, REFERENCE_LIMITS, answer)
    if not outcome.ok:
        detail = outcome.reason or (outcome.reply or {}).get("error", "")
        raise PerformanceError(f"the reference failed on {what}: {detail}")
    return outcome


def large_input_failure(outcome: Outcome, n: int) -> tuple[Verdict, Failure]:
    return call_failure(outcome, f"n={n}", where=f" (on the large input of size n={n})")


def large_answer_failure(
    context: CheckContext, data: Path, expected: Outcome, got: Outcome, n: int
) -> Failure | None:
    """Judge the answer to a large input against the reference's: by digest, or (approx,
    accept) by value, here in the judge, with the input read from the cache."""
    where = f" (on the large input of size n={n:,})"
    if not needs_values(context.challenge):
        if got.reply.get("digest") == expected.reply.get("digest"):
            return None
        return Failure(message=f"Wrong answer{where}.", input=f"n={n}")
    with open(data, "rb") as handle:  # written by the judge's own input cache
        arguments = pickle.load(handle)
    failure = judge_answer(
        context.reference,
        arguments,
        _result(expected),
        _result(got),
        context.accept,
    )
    if failure:
        failure.message = failure.message.rstrip(".") + where + "."
    return failure


def _result(run: Outcome) -> Any:
    """The value a run read back (its large arrays came as blobs beside the reply)."""
    return canonical.decode(run.reply.get("result"), run.reply.get("blobs", ()))
