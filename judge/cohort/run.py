"""A cohort run: find the files, grade the new and changed ones on Dask, keep every result.

`grade_cohort` is the one code path of `judge grade`. By default it starts an embedded Dask
`LocalCluster` with one single-threaded worker process per core (`n_workers=jobs,
threads_per_worker=1, processes=True`): one grading at a time per core, so timed calls never
share one; it talks TLS with credentials made for the run, so no other user of the machine
can use its workers. Given an address (`--cluster tcp://host:8786`) it connects a `Client` to that
scheduler instead, and everything after is the same. Before any file is sent, every worker
is asked for its jail and its challenge packages: a worker whose jail is incomplete (unless
the files are trusted) or whose package for a challenge of the run differs from the
client's stops the run with a sentence naming it; a worker that joins later refuses each
such task itself (`tasks.grade`). Each file is one task (`retries=2`); when a Dask worker
dies mid-grading, the scheduler runs its task again on another worker, and since a task only
grades bytes and returns data, running it twice is harmless: the client records exactly one
row per person and challenge. Results are recorded in the run's SQLite state the moment they
arrive, so Ctrl-C or a crash loses nothing; a later run grades only files whose bytes, mode
or package changed. This module never prints and never renders.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from judge.challenge import catalog
from judge.cohort import tasks
from judge.cohort.discover import Cohort, Entry, discover
from judge.cohort.state import Graded, RunState
from judge.errors import JudgeError

Progress = Callable[[int, int], None]  # (done, total) of the files graded in this run
SCHEDULER_TIMEOUT = 10  # seconds to reach a scheduler, and for it to have a worker


class CohortError(JudgeError):
    """The run cannot start: no such folder, a scheduler out of reach, a worker unfit."""


class GradingInterrupted(KeyboardInterrupt):
    """Ctrl-C during a run: what was graded is kept in the run's state."""

    def __init__(self, graded: int, left: int, state: Path) -> None:
        super().__init__()
        self.graded, self.left, self.state = graded, left, state


@dataclass
class Row:
    """One line of the gradebook: a graded file, or why a person has none."""

    person: str
    challenge: str
    file: str
    sha256: str | None = None
    result: dict[str, Any] | None = None  # the --json object
    note: str | None = None  # why there is no result
    worker: str | None = None
    seconds: float = 0.0  # the task's time, on its worker
    fresh: bool = False  # graded in this run (not kept from an earlier one)
    failed: bool = False  # the task itself failed: our bug, not the person's
    refused: bool = False  # a worker refused it (its packages or jail): graded next run

    @property
    def key(self) -> tuple[str, str]:
        return (self.person, self.challenge)

    @property
    def verdict(self) -> str | None:
        return self.result["verdict"] if self.result else None


@dataclass
class Outcome:
    root: Path
    out: Path
    rows: list[Row]
    messages: list[str] = field(default_factory=list)
    quick: bool = False
    workers: int = 0  # Dask workers of this run (0: nothing needed grading)
    seconds: float = 0.0

    @property
    def graded_now(self) -> list[Row]:
        return [row for row in self.rows if row.fresh]

    @property
    def kept(self) -> list[Row]:
        return [row for row in self.rows if row.result is not None and not row.fresh]

    @property
    def failed(self) -> list[Row]:
        return [row for row in self.rows if row.failed]

    @property
    def refused(self) -> list[Row]:
        return [row for row in self.rows if row.refused]

    @property
    def internal_errors(self) -> list[Row]:
        return [row for row in self.rows if row.verdict == "IE" or row.failed]


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@contextlib.contextmanager
def _quiet_dask() -> Iterator[None]:
    """Dask logs a worker's death and its restarts; the run reports what matters itself."""
    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


@contextlib.contextmanager
def dask_client(jobs: int, address: str | None) -> Iterator[Any]:
    """A Dask client: to the scheduler at `address`, or to a LocalCluster made here."""
    import dask
    from distributed import Client, LocalCluster

    with _quiet_dask():
        if address:
            try:
                client = Client(address, timeout=SCHEDULER_TIMEOUT)
            except (OSError, TimeoutError) as exc:
                raise CohortError(f"Cannot reach the Dask scheduler at {address}: {exc}") from None
            try:
                try:
                    client.wait_for_workers(1, timeout=SCHEDULER_TIMEOUT)
                except TimeoutError:
                    raise CohortError(
                        f"The Dask scheduler at {address} has no worker; start one with "
                        f"'dask worker {address} --nthreads 1'."
                    ) from None
                yield client
            finally:
                client.close()
            return
        # No statistical profiler in the workers: nobody looks at it, and it samples the
        # grading thread's stack every 10 ms.
        with dask.config.set({"distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(
                n_workers=jobs,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                # TLS with credentials made for this run alone: another user of this machine
                # cannot reach the scheduler on loopback and have our workers run code.
                security=True,
                dashboard_address="127.0.0.1:0",  # its plain HTTP routes: any free port
                worker_dashboard_address=None,
                memory_limit=0,  # the sandbox limits a submission's memory; Dask must not
                silence_logs=logging.CRITICAL,
                preload=["judge.cohort.tasks"],  # its dask_setup: Ctrl-C is the client's
            )
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()


def preflight(client: Any, stamps: dict[str, tasks.PackageStamp], trust_files: bool) -> int:
    """Ask every worker for its jail and packages; refuse the run if one is unfit.
    Returns the number of workers."""
    facts = client.run(tasks.worker_facts)
    problems: list[str] = []
    for address, fact in sorted(facts.items()):
        where = f"worker {address}"
        if fact.get("catalogue_error"):
            problems.append(
                f"{where} cannot read its challenge packages: {fact['catalogue_error']}"
            )
        if fact["missing"] and not trust_files:
            problems.append(tasks.jail_refusal(where, fact["missing"]))
        for slug, ours in sorted(stamps.items()):
            theirs = fact["stamps"].get(slug)
            if theirs != ours.facts():
                stamp = tasks.PackageStamp(slug, *theirs) if theirs else None
                problems.append(tasks.package_refusal(where, slug, stamp, ours))
    if problems:
        more = f" ({len(problems) - 1} more problem(s) like it.)" if len(problems) > 1 else ""
        raise CohortError(problems[0] + more)
    return len(facts)


def _kept(entry: Entry, graded: Graded | None, quick: bool, stamp: tasks.PackageStamp) -> bool:
    return (
        graded is not None
        and graded.sha256 == entry.sha256
        and graded.quick == quick
        and graded.package == stamp.key
    )


def _row_of(graded: Graded, fresh: bool) -> Row:
    return Row(
        graded.person,
        graded.challenge,
        graded.file,
        graded.sha256,
        graded.result,
        worker=graded.worker,
        seconds=graded.seconds,
        fresh=fresh,
    )


def _received(answer: dict[str, Any], task: tasks.GradeTask, state: RunState) -> Row:
    if answer["refused"]:
        return Row(
            task.person,
            task.challenge,
            task.file,
            task.sha256,
            note=answer["refused"],
            worker=answer["worker"],
            refused=True,
        )
    graded = Graded(
        task.person,
        task.challenge,
        task.file,
        task.sha256,
        task.quick,
        task.package.key,
        answer["result"],
        answer["worker"],
        answer["seconds"],
    )
    state.record(graded)  # at once: Ctrl-C or a crash after this loses nothing
    return _row_of(graded, fresh=True)


def _failed(task: tasks.GradeTask, exc: BaseException) -> Row:
    note = (
        f"not graded: the task failed on its worker ({type(exc).__name__}: {exc}); "
        "this is a bug of judge, not of the file"
    )
    return Row(task.person, task.challenge, task.file, task.sha256, note=note, failed=True)


def grade_cohort(
    root: Path,
    out: Path,
    challenge: str | None = None,
    jobs: int | None = None,
    cluster: str | None = None,
    quick: bool = False,
    trust_files: bool = False,
    progress: Progress = lambda done, total: None,
) -> Outcome:
    """Grade every new or changed file of the cohort in `root`; results kept in `out`."""
    started = time.monotonic()
    if not root.is_dir():
        raise CohortError(f"{root} is not a folder of people's files.")
    challenges = catalog.all_challenges()
    only = catalog.find_challenge(challenge) if challenge else None
    cohort: Cohort = discover(root, challenges, only, out)
    stamps = {c.slug: tasks.package_stamp(c) for c in challenges if only in (None, c)}
    rows: dict[tuple[str, str], Row] = {}
    pending: list[tasks.GradeTask] = []
    with RunState(out) as state:
        done = state.all()
        for entry in cohort.entries:
            if entry.note is not None:
                rows[entry.key] = Row(entry.person, entry.challenge, entry.file, note=entry.note)
            elif _kept(entry, done.get(entry.key), quick, stamps[entry.challenge]):
                rows[entry.key] = _row_of(done[entry.key], fresh=False)
            else:
                pending.append(
                    tasks.GradeTask(
                        entry.person,
                        entry.challenge,
                        entry.file,
                        entry.source,
                        entry.sha256,
                        stamps[entry.challenge],
                        quick=quick,
                        trust_files=trust_files,
                    )
                )
        workers = 0
        if pending:
            workers = _grade_pending(pending, rows, state, jobs, cluster, trust_files, progress)
    ordered = sorted(rows.values(), key=lambda row: (row.person, row.challenge))
    return Outcome(root, out, ordered, cohort.messages, quick, workers, time.monotonic() - started)


def _grade_pending(
    pending: list[tasks.GradeTask],
    rows: dict[tuple[str, str], Row],
    state: RunState,
    jobs: int | None,
    cluster: str | None,
    trust_files: bool,
    progress: Progress,
) -> int:
    from distributed import as_completed

    needed = {task.challenge: task.package for task in pending}
    total, graded = len(pending), 0
    progress(0, total)
    try:
        # No more local workers than files: each costs a process and a second to start.
        local = min(jobs or default_jobs(), total)
        with dask_client(local, cluster) as client, _quiet_dask():
            workers = preflight(client, needed, trust_files)
            futures = {
                client.submit(tasks.grade, task, pure=False, retries=2): task for task in pending
            }
            for future in as_completed(futures):
                task = futures.pop(future)
                try:
                    row = _received(json.loads(future.result()), task, state)
                except JudgeError:
                    raise
                except Exception as exc:  # the task raised on every try, or its worker died
                    row = _failed(task, exc)
                rows[row.key] = row
                graded += row.result is not None
                progress(total - len(futures), total)
    except KeyboardInterrupt:
        raise GradingInterrupted(graded, total - graded, state.path) from None
    return workers
