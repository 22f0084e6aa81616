"""The submission's worker for the correctness tiers: started, loaded once, called many times.

`LoadedSubmission` owns one sandboxed worker that has loaded the file; the examples and the
properties tiers send it their small calls. The worker limits of a challenge and the request
that loads a file live here too, so that every tier opens workers the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from judge.challenge.catalog import Challenge
from judge.engine import canonical
from judge.engine.sandbox import CallLimits, Limits, Outcome, WorkerProcess
from judge.grading.failures import load_failure
from judge.verdicts import Failure, Verdict

LOAD_LIMITS = CallLimits(cpu_seconds=10.0, wall_seconds=20.0)
OUTPUT_SHOWN = 4000  # characters of the submission's output a failure shows


def worker_limits(challenge: Challenge) -> Limits:
    # The folder of challenge packages stays out of a worker's reach even where the jail
    # lets it read the interpreter's site-packages (an installed judge keeps them there).
    return Limits(
        memory_mb=challenge.memory_mb,
        file_size_mb=challenge.file_size_mb,
        hidden_paths=[str(challenge.folder.parent)],
    )


def load_request(challenge: Challenge) -> dict[str, Any]:
    return {
        "op": "load",
        "function": challenge.function,
        "compare": challenge.compare,
        "numpy": challenge.numpy,
    }


def open_worker(challenge: Challenge, path: Path) -> WorkerProcess:
    """A worker for `path` with the challenge's limits and harness (not yet started)."""
    return WorkerProcess(path, worker_limits(challenge), challenge.harness_file)


def load(worker: WorkerProcess, challenge: Challenge) -> Outcome:
    return worker.request(load_request(challenge), LOAD_LIMITS)


class LoadedSubmission:
    """A worker that has loaded one file, for the small calls of the correctness tiers."""

    def __init__(self, challenge: Challenge, path: Path) -> None:
        self.challenge = challenge
        self.worker = open_worker(challenge, path)
        self.limits = CallLimits(cpu_seconds=challenge.call_seconds)

    def __enter__(self) -> LoadedSubmission:
        self.worker.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.worker.close()

    def load(self) -> tuple[Verdict, Failure] | None:
        """Load the file. None when it loaded; otherwise the whole check's verdict (CE, RE
        or TLE) and what to show, the file's own output included."""
        outcome = load(self.worker, self.challenge)
        if outcome.ok:
            return None
        verdict, failure = load_failure(outcome)
        return verdict, self.attach_output(failure)

    def call(self, data: list[Any]) -> Outcome:
        request = {"op": "call", "args": canonical.encode(data), "observe": True}
        return self.worker.request(request, self.limits)

    def attach_output(self, failure: Failure) -> Failure:
        output = self.worker.output()
        if output.text:
            text = output.text
            failure.output = text[-OUTPUT_SHOWN:] if len(text) > OUTPUT_SHOWN else text
            failure.output_truncated = output.truncated or len(text) > OUTPUT_SHOWN
        return failure
