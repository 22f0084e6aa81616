"""The task a Dask worker runs for one file: plain data in, plain data out.

A `GradeTask` carries everything a worker on another machine needs: the challenge's slug and
the stamp (version, content hash, judge's and Hypothesis's versions) of the package the
client grades with, the file's bytes (a remote worker cannot see the client's files), its
name and hash, and whether the user trusts the files. `grade` runs in the Dask worker's
process: it finds the challenge in the worker's own catalogue and refuses, with a sentence
saying why, when that package differs from the client's or when the worker's jail is
incomplete and the files are not trusted. Otherwise it writes the bytes to a fresh folder
and grades them with `judge.grading.check.check`, exactly as `judge check` does (same tiers,
same limits, each time limit calibrated against the reference on this machine, in this
task); the submission runs only in the sandboxed worker that check spawns, never in this
process. The input cache and Hypothesis's folder are the worker's own
(`workspace.grading_folders()` resolved where the task runs), never a path of the client's.
A task is idempotent: run twice (Dask retries a task whose worker died), it grades the same
bytes again and returns the same kind of answer, and the client records one row per file.
This module never prints and never writes the run's state.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import json
import os
import shutil
import signal
import socket
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import hypothesis

from judge.challenge import catalog
from judge.challenge.catalog import Challenge
from judge.engine import sandbox
from judge.errors import JudgeError
from judge.grading.check import check
from judge.grading.results import to_json
from judge.practice import workspace

# The protections without which strangers' files are not safe to grade (as `judge doctor`
# says: "Safe to grade other people's files here").
ESSENTIAL_PROTECTIONS = ("filesystem", "network", "capabilities", "seccomp", "processes")
# What a package's stamp leaves out: known submissions and caches do not change grading.
_UNSTAMPED = {"samples", "__pycache__"}


@dataclass(frozen=True)
class PackageStamp:
    """A challenge package as graded: its version, the SHA-256 of its files, and the
    versions of the tools that decide what its property tests generate (another Hypothesis
    draws other inputs, and can find a bug this one missed)."""

    slug: str
    version: int
    sha256: str
    tools: str = ""

    def describe(self) -> str:
        return f"version {self.version}, files {self.sha256[:12]}, {self.tools}"

    def facts(self) -> list[Any]:
        """As a worker reports it to the client (plain data)."""
        return [self.version, self.sha256, self.tools]

    @property
    def key(self) -> str:
        """What the run's state keeps: a result graded with another stamp is graded again."""
        return f"{self.sha256} {self.tools}"


@functools.cache  # read from the installed metadata once per process, not once per stamp
def grading_tools() -> str:
    """The versions a verdict depends on besides the package: judge's and Hypothesis's."""
    try:
        judge = importlib.metadata.version("judge")
    except importlib.metadata.PackageNotFoundError:  # run from a source tree, not installed
        judge = "from source"
    return f"judge {judge}, Hypothesis {hypothesis.__version__}"


def package_stamp(challenge: Challenge) -> PackageStamp:
    """Every file of the package but its samples, by relative path and content."""
    digest = hashlib.sha256()
    root = challenge.folder
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if _UNSTAMPED & set(relative.parts) or path.suffix == ".pyc" or not path.is_file():
            continue
        digest.update(relative.as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return PackageStamp(challenge.slug, challenge.version, digest.hexdigest(), grading_tools())


def missing_protections(report: dict[str, Any]) -> dict[str, str]:
    """The essential protections a jail report lacks, each with the platform's reason."""
    active, why = report.get("active", {}), report.get("missing", {})
    return {
        name: why.get(name, "not available here")
        for name in ESSENTIAL_PROTECTIONS
        if not active.get(name)
    }


def jail_refusal(where: str, missing: dict[str, str]) -> str:
    names = ", ".join(missing)
    return (
        f"The sandbox on {where} lacks part of its jail ({names}; see 'judge doctor' there), "
        "so strangers' files are not graded there; pass --trust-files if you trust them."
    )


def package_refusal(where: str, slug: str, theirs: PackageStamp | None, ours: PackageStamp) -> str:
    if theirs is None:
        return f"{where} has no challenge {slug}; install the same challenge packages there."
    return (
        f"{where} has {slug} {theirs.describe()}, the client {ours.describe()}: refused "
        "rather than graded with other tests; install the same challenge packages there."
    )


@dataclass(frozen=True)
class GradeTask:
    person: str
    challenge: str  # the slug
    file: str  # as the client shows it: relative to the cohort folder
    source: bytes
    sha256: str
    package: PackageStamp  # the client's: the worker must grade with the same package
    quick: bool = False
    trust_files: bool = False

    @property
    def name(self) -> str:
        """The file's own name: tracebacks show it, as `judge check` would."""
        return Path(self.file).name


def where_am_i() -> str:
    """This worker, as messages name it: its Dask address, or host and pid."""
    try:
        from distributed import get_worker

        return f"worker {get_worker().address}"
    except (ImportError, ValueError):
        return f"{socket.gethostname()} (pid {os.getpid()})"


def worker_facts() -> dict[str, Any]:
    """What the client asks every worker before a run (`Client.run`): its jail, and the
    stamps of its challenge packages."""
    facts: dict[str, Any] = {"where": where_am_i(), "stamps": {}, "catalogue_error": None}
    facts["missing"] = missing_protections(sandbox.protections())
    try:
        for challenge in catalog.all_challenges():
            stamp = package_stamp(challenge)
            facts["stamps"][stamp.slug] = stamp.facts()
    except (JudgeError, OSError) as exc:
        facts["catalogue_error"] = str(exc)
    return facts


def dask_setup(worker: Any) -> None:
    """Run by each worker of the local cluster as it starts (a Dask preload): Ctrl-C on the
    terminal reaches the whole process group, and it is the client's to handle (it keeps
    what was graded and closes the cluster), so the worker ignores it instead of dying with
    a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def answer(task: GradeTask, **fields: Any) -> str:
    """The task's answer as one JSON string. A string, because Dask sizes a task's result
    in the worker's event loop, and `dask.sizeof` samples a dict with the global `random`
    module while the next grading's property tests may be running with Hypothesis's seeded
    global random state in this same process."""
    base = {
        "person": task.person,
        "challenge": task.challenge,
        "file": task.file,
        "sha256": task.sha256,
        "quick": task.quick,
        "package": task.package.key,
        "result": None,
        "refused": None,
        "worker": where_am_i(),
        "seconds": 0.0,
    }
    return json.dumps({**base, **fields}, ensure_ascii=True)


def grade(task: GradeTask) -> str:
    """Grade one file here, in this (Dask worker) process's sandboxed children."""
    started = time.monotonic()
    where = where_am_i()
    if hashlib.sha256(task.source).hexdigest() != task.sha256:
        raise ValueError("IE: the file's bytes do not match its hash; this is a bug of judge")
    try:
        challenge = catalog.find_challenge(task.challenge)
        stamp = package_stamp(challenge)
    except JudgeError:
        return answer(task, refused=package_refusal(where, task.challenge, None, task.package))
    if stamp != task.package:
        return answer(task, refused=package_refusal(where, task.challenge, stamp, task.package))
    missing = missing_protections(sandbox.protections())
    if missing and not task.trust_files:
        return answer(task, refused=jail_refusal(where, missing))
    try:
        folders = workspace.grading_folders()  # resolved here: the worker's own folders
    except JudgeError as exc:  # its state folder is not writable: the worker's, not the file's
        return answer(task, refused=f"{where} cannot grade: {exc}")
    folder = Path(tempfile.mkdtemp(prefix="judge-grade-"))
    try:
        path = folder / task.name
        path.write_bytes(task.source)
        with warnings.catch_warnings():
            # A Dask worker's event loop sizes its heartbeats with `dask.sizeof`, which draws
            # from the global `random` module; Hypothesis sees that state move during a
            # property test and blames the strategy. Harmless here: the judge's strategies
            # draw from their own seeded generators, never from the global one.
            warnings.filterwarnings("ignore", message="Do not use the `random` module")
            result = check(challenge, path, folders, quick=task.quick)
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(folder)
    result.file = task.file
    return answer(task, result=to_json(result), seconds=time.monotonic() - started)
