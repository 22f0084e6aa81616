"""Faults, for real: a Dask worker process killed with SIGKILL in the middle of a grading, and
Ctrl-C on the terminal in the middle of a run. Nothing graded is lost, no file gets two rows,
and no sandboxed worker outlives the process that started it."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from judge.cohort import gradebook as gradebook_module
from judge.cohort.run import grade_cohort
from judge.cohort.state import RunState

from ..conftest import CHALLENGES
from .cohortkit import file_cohort, gradebook, results

MS_SAMPLES = sorted((CHALLENGES / "max_subarray" / "samples").glob("*/*.py"))
LOOPS = "def max_subarray_sum(nums):\n    while True:\n        pass\n"


def recorded(out: Path) -> int:
    """Rows in the run's state, read as another process would (0 before it exists)."""
    try:
        with contextlib.closing(sqlite3.connect(out / "state.sqlite", timeout=5)) as db:
            return db.execute("SELECT count(*) FROM graded").fetchone()[0]
    except sqlite3.Error:
        return 0


def processes() -> dict[int, tuple[int, str, str]]:
    """pid -> (parent pid, state, command line), from /proc."""
    found = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                stat = handle.read()
            with open(f"/proc/{entry.name}/cmdline", "rb") as handle:
                command = handle.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2 :].split()
        found[int(entry.name)] = (int(fields[1]), fields[0].decode(), command)
    return found


def group_alive(group: int) -> bool:
    """Whether a process of the group still runs. Its members that ended are reaped first:
    once an earlier test has started a sandbox worker, this process is a child subreaper,
    so the group's orphans end as zombies of ours, which killpg() would still count."""
    with contextlib.suppress(ChildProcessError):
        while os.waitid(os.P_PGID, group, os.WEXITED | os.WNOHANG) is not None:
            pass
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def alive(pid: int) -> bool:
    state = processes().get(pid)
    return state is not None and state[1] != "Z"


def sandbox_workers(parents: set[int]) -> dict[int, tuple[int, str]]:
    """The judge's sandboxed workers on a graded file, whose parent is in `parents`:
    pid -> (parent, the graded file's name)."""
    found = {}
    for pid, (parent, _state, command) in processes().items():
        if parent in parents and "engine/worker.py" in command and "judge-grade-" in command:
            name = next(Path(w).name for w in command.split() if "judge-grade-" in w)
            found[pid] = (parent, name)
    return found


@pytest.mark.slow
def test_a_dask_worker_killed_mid_grading_loses_nothing(tmp_path):
    from distributed import Client, LocalCluster

    cohort, out = tmp_path / "cohort", tmp_path / "grades"
    made = file_cohort(cohort, MS_SAMPLES)
    (cohort / "p-99.py").write_text(LOOPS)  # graded last; busy in its sandbox until stopped
    people = sorted([m.person for m in made] + ["p-99"])
    killed: dict = {}

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
            silence_logs=logging.CRITICAL,
        ) as cluster,
        Client(cluster) as client,
    ):  # fmt: skip
        addresses = list(client.scheduler_info()["workers"])
        pids = client.run(os.getpid)
        assert sorted(pids) == sorted(addresses)
        by_pid = {pid: address for address, pid in pids.items()}
        stop = threading.Event()

        def kill_the_worker_grading_the_loop() -> None:
            while not stop.is_set():
                if recorded(out) >= 1:
                    for child, (parent, name) in sandbox_workers(set(by_pid)).items():
                        if name == "p-99.py":
                            os.kill(parent, signal.SIGKILL)  # the Dask worker, for real
                            killed.update(pid=parent, address=by_pid[parent], child=child)
                            return
                stop.wait(0.01)

        killer = threading.Thread(target=kill_the_worker_grading_the_loop)
        killer.start()
        try:
            outcome = grade_cohort(
                cohort, out, "max-subarray", cluster=cluster.scheduler_address, quick=True
            )
        finally:
            stop.set()
            killer.join()

    assert killed, "the looping file was never seen in a sandboxed worker"
    assert not alive(killed["pid"])
    # Its sandboxed worker died with it (SIGKILL on the parent's death), long before the
    # 120 s of CPU its own limit would have allowed the endless loop.
    deadline = time.monotonic() + 10
    while alive(killed["child"]) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(killed["child"])
    # Every file has exactly one row, everywhere; the loop was graded again elsewhere.
    assert [row.person for row in outcome.rows] == people
    assert all(row.result is not None for row in outcome.rows)
    gradebook_module.write(outcome)
    assert sorted(row["person"] for row in gradebook(out)) == people
    assert sorted(obj["person"] for obj in results(out)) == people
    assert recorded(out) == len(people)
    loop = next(row for row in outcome.rows if row.person == "p-99")
    assert loop.verdict == "TLE" and loop.worker != f"worker {killed['address']}"
    # And a rerun finds nothing left to grade.
    again = grade_cohort(cohort, out, "max-subarray", quick=True)
    assert again.graded_now == [] and len(again.kept) == len(people)


@pytest.mark.slow
def test_ctrl_c_keeps_what_was_graded_and_a_rerun_grades_the_rest(tmp_path):
    cohort, out = tmp_path / "cohort", tmp_path / "grades"
    made = file_cohort(cohort, MS_SAMPLES)
    command = [sys.executable, "-m", "judge", "grade", str(cohort), "--challenge",
               "max-subarray", "--quick", "-o", str(out), "--jobs", "2"]  # fmt: skip
    # A session of its own, as a terminal's job: Ctrl-C reaches the whole process group.
    scratch = tmp_path / "tmp"  # the run's temporary folders: its processes are found by it
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    first = subprocess.Popen(
        command, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    try:
        deadline = time.monotonic() + 120
        seen = False  # a sandboxed worker of this run, found by its folder
        while recorded(out) < 2 and first.poll() is None and time.monotonic() < deadline:
            seen = seen or any(str(scratch) in cmd for _, _, cmd in processes().values())
            time.sleep(0.02)
        os.killpg(first.pid, signal.SIGINT)
        stdout, stderr = first.communicate(timeout=60)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(first.pid, signal.SIGKILL)
    kept = recorded(out)
    assert seen, "no sandboxed worker of the run was ever seen"
    assert first.returncode == 130, (stdout, stderr)
    assert 2 <= kept < len(made), "interrupted too late to prove anything"
    assert stdout == b""
    assert stderr.decode() == (
        f"Interrupted: the {kept} file(s) graded in this run are kept in "
        f"{out / 'state.sqlite'}; run the same command again to grade the "
        f"{len(made) - kept} left.\n"
    )  # one line, no traceback from any process
    # Nothing of the run is left: no Dask worker (its process group), no sandboxed worker.
    deadline = time.monotonic() + 10
    while group_alive(first.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not group_alive(first.pid)
    assert not [
        pid for pid, (_, state, command) in processes().items()
        if str(scratch) in command and state != "Z"
    ]  # fmt: skip
    again = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    graded_now = int(again.stdout.split()[1])
    assert again.stdout.startswith(f"Graded {graded_now} file")
    assert f"; {kept} unchanged since an earlier run (kept)." in again.stdout.splitlines()[0]
    assert graded_now + kept == len(made)
    with RunState(out) as state:
        assert state.count() == len(made)
    assert sorted(row["person"] for row in gradebook(out)) == [m.person for m in made]
