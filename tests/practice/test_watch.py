"""`judge watch` driven for real: a `python -m judge watch` process, real saves, real signals.

Saves are made as editors make them (write a temporary file, rename it over the solution), and
every wait is a wait for the process's output with a deadline. After the watch ends, no process
may be left that runs on the test's files: neither a grading process nor a sandbox worker
(workers run in a folder under the test's own TMPDIR, so they are found even when they run the
reference).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge.challenge.catalog import find_challenge
from judge.cli import main
from judge.practice import store, workspace

from ..conftest import CHALLENGES

REFERENCE = (CHALLENGES / "max_subarray" / "reference.py").read_text()
WRONG = (CHALLENGES / "max_subarray" / "samples" / "wrong_answer" / "zero_floor.py").read_text()
# Loading this file takes the worker a long time: a grading that is surely still running.
# It leaves a mark in the worker's folder first, so the test knows the load has begun.
SLOW_TO_LOAD = """import pathlib
import time

pathlib.Path("loading").touch()
time.sleep(60)


def max_subarray_sum(nums):
    return 0
"""
DEADLINE = 90.0  # seconds; generous for a loaded 2-core machine, never waited for in full

pytestmark = pytest.mark.slow


class WatchProcess:
    """`python -m judge watch ...` with its output collected as it comes."""

    def __init__(self, workspace_dir: Path, tmp: Path, *args: str) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "TMPDIR": str(tmp)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "judge", "watch", *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            cwd=workspace_dir,
            env=env,
            text=True,
        )
        self.output = ""
        self.ended = False  # its output is closed: nothing more will come
        self.changed = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            with self.changed:
                self.output += line
                self.changed.notify_all()
        with self.changed:
            self.ended = True
            self.changed.notify_all()

    def wait_for(self, text: str, count: int = 1) -> None:
        """Until `text` has appeared `count` times in the output, or fail at the deadline."""
        deadline = time.monotonic() + DEADLINE
        with self.changed:
            while self.output.count(text) < count:
                left = deadline - time.monotonic()
                if left <= 0 or self.ended:
                    raise AssertionError(f"{text!r} x{count} never came; output:\n{self.output}")
                self.changed.wait(min(left, 1.0))

    def stop(self, sig: int = signal.SIGINT) -> int:
        self.process.send_signal(sig)
        return self.process.wait(timeout=DEADLINE)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def save(path: Path, text: str) -> None:
    """Save as an editor does: the whole new text appears at once."""
    temporary = path.with_name(f".{path.name}.saving")
    temporary.write_text(text)
    os.replace(temporary, path)


def processes_on(*places: Path) -> list[str]:
    """Live processes (not this one) whose command line names, or whose working folder is
    inside, one of `places`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            folder = os.readlink(entry / "cwd")
        except OSError:  # gone meanwhile, or a zombie
            continue
        if any(str(p) in command or folder.startswith(str(p)) for p in places):
            found.append(f"{entry.name}: {command}")
    return found


def loading(tmp: Path) -> bool:
    """A worker is loading SLOW_TO_LOAD now (its folder is under the watch's TMPDIR)."""
    return any(tmp.glob("*/loading"))


def wait_until(condition, what: str, timeout: float = DEADLINE) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        time.sleep(0.05)


@pytest.fixture
def watcher_tmp(tmp_path: Path) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    return folder


@pytest.fixture
def watches(isolated_workspace: Path, watcher_tmp: Path):
    started: list[WatchProcess] = []

    def start(*args: str) -> WatchProcess:
        started.append(WatchProcess(isolated_workspace, watcher_tmp, *args))
        return started[-1]

    yield start
    for process in started:  # a failed test must not leave a watch running
        process.kill()


def solution_file() -> Path:
    challenge = find_challenge("max-subarray")
    workspace.start_solution(challenge)
    return workspace.solution_path(challenge)


def attempts(slug: str) -> list[str]:
    with store.Store(workspace.state_dir()) as db:
        return [a.verdict for a in db.attempts(slug)]


def test_each_save_is_graded_and_ctrl_c_leaves_nothing(watches, isolated_workspace, watcher_tmp):
    path = solution_file()
    watch = watches("max-subarray")
    watch.wait_for("Watching ")
    watch.wait_for("is the untouched stub")  # the stub is not graded: no empty attempt
    save(path, WRONG)
    watch.wait_for("[#1] max-subarray: WA (wrong answer), 0/100")
    assert "got:      0" in watch.output  # the failing case is on screen
    save(path, REFERENCE)
    watch.wait_for("[#2] max-subarray: AC (accepted), 100/100")
    # Each tier's verdict is shown as soon as it is decided, the examples' first.
    examples, done = watch.output.index("[#2] Examples: AC"), watch.output.index("[#2] max-sub")
    assert examples < watch.output.index("[#2] Properties: AC") < done
    assert watch.stop(signal.SIGINT) == 0
    watch.wait_for("Stopped watching.")
    assert watch.output.count("grading max_subarray.py...") == 2
    assert attempts("max-subarray") == ["WA", "AC"]  # recorded as `judge check` records
    assert processes_on(isolated_workspace, watcher_tmp) == []


def test_a_save_during_a_grading_restarts_it_and_ctrl_c_stops_a_running_one(
    watches, isolated_workspace, watcher_tmp
):
    path = solution_file()
    save(path, SLOW_TO_LOAD)
    watch = watches("max-subarray")
    watch.wait_for("[#1] grading max_subarray.py...")
    wait_until(lambda: loading(watcher_tmp), "a worker loading the file for grading #1")
    # The detector sees that worker: so its silence later means something.
    assert processes_on(watcher_tmp)
    save(path, WRONG)
    watch.wait_for("[#2] grading max_subarray.py... (a newer save arrived")
    watch.wait_for("[#2] max-subarray: WA")
    assert "[#1] max-subarray:" not in watch.output  # the stopped grading says nothing
    assert not loading(watcher_tmp)  # and its worker's folder is gone with the worker
    save(path, SLOW_TO_LOAD + "# again\n")
    watch.wait_for("[#3] grading")
    wait_until(lambda: loading(watcher_tmp), "a worker loading the file for grading #3")
    assert watch.stop(signal.SIGINT) == 0
    assert "[#3] max-subarray:" not in watch.output  # stopped midway, not finished
    assert processes_on(isolated_workspace, watcher_tmp) == []
    assert attempts("max-subarray") == ["WA"]  # stopped gradings record nothing


def test_sigterm_stops_a_running_grading_as_ctrl_c_does(watches, isolated_workspace, watcher_tmp):
    path = solution_file()
    save(path, SLOW_TO_LOAD)
    watch = watches("max-subarray")
    watch.wait_for("[#1] grading")
    wait_until(lambda: loading(watcher_tmp), "a worker loading the file for grading #1")
    assert watch.stop(signal.SIGTERM) == 0
    assert processes_on(isolated_workspace, watcher_tmp) == []


def test_a_killed_watch_still_leaves_nothing_behind(watches, isolated_workspace, watcher_tmp):
    """SIGKILL gives the watch no chance to clean up: the grading stops with its parent."""
    path = solution_file()
    save(path, SLOW_TO_LOAD)
    watch = watches("max-subarray")
    wait_until(lambda: loading(watcher_tmp), "a worker loading the file for grading #1")
    assert watch.stop(signal.SIGKILL) == -signal.SIGKILL
    # Well before the 20 s the load would take to time out by itself.
    gone = lambda: not processes_on(isolated_workspace, watcher_tmp)  # noqa: E731
    wait_until(gone, "the grading and its worker end", timeout=10)
    assert not loading(watcher_tmp)  # closed by the grading itself, not just killed


def test_next_moves_on_after_an_accepted_solution(
    watches, isolated_workspace, watcher_tmp, tmp_path, monkeypatch
):
    catalogue = tmp_path / "catalogue"
    catalogue.mkdir()
    for name in ("max_subarray", "zero_sum_pair"):
        (catalogue / name).symlink_to(CHALLENGES / name)
    monkeypatch.setenv("JUDGE_CHALLENGES_DIR", str(catalogue))
    path = solution_file()
    save(path, REFERENCE)
    watch = watches("--next")  # no slug: the first unsolved challenge that has a file
    watch.wait_for("[#1] max-subarray: AC")
    next_path = isolated_workspace / "solutions" / "zero_sum_pair.py"
    watch.wait_for(
        f"On to zero-sum-pair (A pair that sums to zero): wrote the stub to {next_path}."
    )
    watch.wait_for(f"{next_path} is the untouched stub")
    save(next_path, (CHALLENGES / "zero_sum_pair" / "reference.py").read_text())
    watch.wait_for("[#2] zero-sum-pair: AC")
    watch.wait_for("Every challenge is solved. Stopped watching.")
    assert watch.process.wait(timeout=DEADLINE) == 0  # it ends by itself
    assert processes_on(isolated_workspace, watcher_tmp) == []


def test_watch_without_a_file_says_what_to_do(isolated_workspace):
    named = CliRunner().invoke(main, ["watch", "max-subarray"])
    assert named.exit_code == 2
    path = isolated_workspace / "solutions" / "max_subarray.py"
    assert named.output == (
        f"Error: There is no solution at {path}. Run 'judge start max-subarray' to create it.\n"
    )
    unnamed = CliRunner().invoke(main, ["watch"])
    assert unnamed.exit_code == 2
    assert unnamed.output.startswith("Error: No unsolved challenge has a solution file yet. Run '")
    assert unnamed.output.endswith("', then 'judge watch'.\n")


def test_in_a_whiteboard_round_a_save_only_gets_a_load_check(watches):
    now = time.time()
    with store.Store(workspace.state_dir()) as db:
        db.create_round(
            "whiteboard", 1, False, now, now + 2700, ["max-subarray"], lambda id: f"rounds/{id}"
        )
    path = solution_file()
    watch = watches("max-subarray")
    watch.wait_for("is the untouched stub")
    save(path, WRONG)
    watch.wait_for("loads and defines max_subarray_sum.")
    watch.wait_for("no grading until the round ends")
    assert "[#1] max-subarray: WA" not in watch.output
    assert watch.stop() == 0
    assert attempts("max-subarray") == []  # as `judge check` in that round: nothing recorded
