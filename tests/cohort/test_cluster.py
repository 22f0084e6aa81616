"""A real Dask cluster on loopback: `dask scheduler` and two `dask worker` processes, each
worker in a folder of its own with no JUDGE_* setting (as on another machine), `judge grade
--cluster` sends them the cohort, and a third worker with other challenge packages makes the
next run stop with a sentence naming it. Every process is shut down, whatever happens."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from judge.cohort.state import RunState

from ..conftest import CHALLENGES
from .cohortkit import SAMPLES, clean_env, person_cohort

DASK = Path(sys.executable).with_name("dask")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Processes:
    """Started in sessions of their own, so that stopping one stops its children too."""

    def __init__(self) -> None:
        self.started: list[subprocess.Popen] = []

    def start(self, args: list[str], folder: Path, env: dict[str, str]) -> subprocess.Popen:
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / "dask.log", "wb") as log:
            process = subprocess.Popen(
                [str(DASK), *args], cwd=folder, env=env, stdin=subprocess.DEVNULL,
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        self.started.append(process)
        return process

    def stop(self) -> None:
        for process in reversed(self.started):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        for process in reversed(self.started):
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=15)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)


def judge_grade(*args: object) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "judge", "grade", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def wait_for_workers(address: str, count: int) -> dict[str, Path]:
    """Each worker's address and the folder it runs in, once `count` have joined."""
    from distributed import Client

    with Client(address, timeout=60) as client:
        client.wait_for_workers(count, timeout=120)
        return {worker: Path(folder) for worker, folder in client.run(os.getcwd).items()}


@pytest.mark.slow
def test_grading_on_a_scheduler_and_two_workers_started_apart(tmp_path, isolated_workspace):
    assert DASK.is_file(), f"the dask command ({DASK}) comes with the distributed package"
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    # Per challenge, a known accepted and a known wrong answer, as people.
    samples = [
        sorted(package.glob(f"samples/{verdict}/*.py"))[0]
        for package in sorted({s.parents[2] for s in SAMPLES})
        for verdict in ("accepted", "wrong_answer")
        if list(package.glob(f"samples/{verdict}/*.py"))
    ]
    made = person_cohort(tmp_path / "cohort", samples)
    out = tmp_path / "grades"
    cluster = Processes()
    worker_args = ["worker", address, "--nthreads", "1", "--nworkers", "1", "--no-dashboard",
                   "--host", "127.0.0.1"]  # fmt: skip
    try:
        cluster.start(
            ["scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            tmp_path / "scheduler", clean_env(),
        )  # fmt: skip
        for name in ("a", "b"):
            cluster.start(worker_args, tmp_path / f"worker-{name}", clean_env())
        workers = wait_for_workers(address, 2)

        graded = judge_grade(tmp_path / "cohort", "--cluster", address, "--quick", "-o", out)
        assert graded.returncode == 0, graded.stdout + graded.stderr
        assert graded.stdout.startswith(f"Graded {len(made)} files in ")
        assert " s on 2 Dask workers." in graded.stdout.splitlines()[0]
        with RunState(out) as state:
            rows = state.all()
        assert len(rows) == len(made)
        used = {row.worker for row in rows.values()}
        assert used and used <= {f"worker {w}" for w in workers}
        # Each worker graded in its own folder (its input salt, Hypothesis's files), never
        # in the client's.
        for worker, folder in workers.items():
            assert folder.parent == tmp_path and folder.name in ("worker-a", "worker-b")
            assert (folder / ".judge" / "hypothesis").is_dir() == (f"worker {worker}" in used)
        assert not (isolated_workspace / ".judge").exists()
        # Each known submission got its folder's verdict (test_equivalence compares every
        # sample with judge check; here it is the cluster that must not change them).
        for submitted in made:
            want = {"accepted": "AC", "wrong_answer": "WA"}[submitted.folder_verdict]
            assert rows[submitted.person, submitted.slug].result["verdict"] == want, submitted

        # A third worker whose max-subarray package is another version: refused, by name.
        other = tmp_path / "other-catalogue"
        shutil.copytree(CHALLENGES, other, ignore=shutil.ignore_patterns("__pycache__"))
        toml = other / "max_subarray" / "challenge.toml"
        toml.write_text(toml.read_text().replace("version = 1", "version = 2"))
        cluster.start(
            worker_args, tmp_path / "worker-c", clean_env(JUDGE_CHALLENGES_DIR=str(other))
        )
        third = sorted(set(wait_for_workers(address, 3)) - set(workers))
        assert len(third) == 1
        changed = next(m for m in made if m.slug == "max-subarray")
        changed.path.write_text(changed.path.read_text() + "\n# edited\n")
        refused = judge_grade(tmp_path / "cohort", "--cluster", address, "--quick", "-o", out)
        assert refused.returncode == 2, refused.stdout + refused.stderr
        assert refused.stderr.startswith(
            f"Error: worker {third[0]} has max-subarray version 2, files "
        )
        assert refused.stderr.endswith(
            ": refused rather than graded with other tests; install the same challenge "
            "packages there.\n"
        )
        with RunState(out) as state:
            assert state.all() == rows  # nothing was graded, nothing was lost
    finally:
        cluster.stop()
    assert all(process.poll() is not None for process in cluster.started)
