"""`judge watch` falls back to polling where the file system gives no change events, and says
so once: a network or FUSE folder (from /proc/mounts), no inotify, or JUDGE_WATCH_POLL=1."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from judge.challenge.catalog import find_challenge
from judge.practice import watch, workspace
from judge.render.watch import watch_message

from ..conftest import CHALLENGES

MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
proc /proc proc rw,relatime 0 0
server:/export/home /home/ada nfs4 rw,relatime,vers=4.2 0 0
ada@box:/code /home/ada/remote fuse.sshfs rw,nosuid,nodev 0 0
/dev/sdb1 /media/my\\040disk ext4 rw 0 0
//nas/share /mnt/nas cifs rw 0 0
"""
DEADLINE = 90.0


@pytest.mark.parametrize(
    ("folder", "kind"),
    [
        ("/home/bob/solutions", "ext4"),
        ("/home/ada", "nfs4"),
        ("/home/ada/solutions", "nfs4"),
        ("/home/ada/remote/solutions", "fuse.sshfs"),  # the deepest mount wins
        ("/home/adamant", "ext4"),  # a prefix of the name is not a parent folder
        ("/media/my disk/solutions", "ext4"),
        ("/mnt/nas/x", "cifs"),
    ],
)
def test_the_file_system_of_a_folder_comes_from_the_deepest_mount(folder, kind):
    assert watch.file_system_type(Path(folder), MOUNTS) == kind


def test_network_and_fuse_folders_are_polled_local_ones_are_not(monkeypatch):
    monkeypatch.delenv("JUDGE_WATCH_POLL", raising=False)
    assert watch.polling_reason(Path("/home/bob/solutions"), MOUNTS) is None
    assert watch.polling_reason(Path("/home/ada/solutions"), MOUNTS) == (
        "it is on a file system of type nfs4, which sends no change events"
    )
    assert "fuse.sshfs" in watch.polling_reason(Path("/home/ada/remote"), MOUNTS)
    monkeypatch.setenv("JUDGE_WATCH_POLL", "1")
    assert watch.polling_reason(Path("/home/bob"), MOUNTS) == "JUDGE_WATCH_POLL=1 asks for it"


def test_without_change_events_the_watch_polls_and_says_so_once(isolated_workspace, monkeypatch):
    """inotify cannot start (a machine out of watches): the same watch goes on, polling."""
    challenge = find_challenge("max-subarray")
    workspace.start_solution(challenge)
    monkeypatch.delenv("JUDGE_WATCH_POLL", raising=False)
    monkeypatch.setattr(watch, "polling_reason", lambda folder: None)  # a local disk
    monkeypatch.setattr(watch.sandbox, "become_subreaper", lambda: None)  # not pytest itself
    calls = []

    def no_inotify(*paths, **options):
        calls.append(options.get("force_polling"))
        raise OSError(28, "inotify watch limit reached")

    monkeypatch.setattr(watch.watchfiles, "watch", no_inotify)
    events = watch.watch("max-subarray")
    try:
        first, second, third = next(events), next(events), next(events)
    finally:
        events.close()
    assert calls == [None]  # then the judge polls by itself
    assert isinstance(first, watch.Polling) and isinstance(second, watch.Watching)
    assert isinstance(third, watch.Untouched)
    folder = workspace.solution_path(challenge).parent
    assert watch_message(first) == (
        f"Polling {folder} for saves every 0.3 s, since change events are not available "
        "(OSError: [Errno 28] inotify watch limit reached)."
    )


def polled_changes(folder: Path, change, looks: int = 4) -> set[str]:
    """The names a polling watcher of `folder` reports after `change()`, made right away."""
    events: queue.Queue = queue.Queue()
    watcher = watch._FolderWatcher(folder, events, polling=True)
    watcher.start()
    watcher.ready.wait()
    try:
        change()
        time.sleep(looks * watch.POLL_MS / 1000)
    finally:
        watcher.stop()
    names: set[str] = set()
    while not events.empty():
        names |= events.get_nowait().names
    return names


def test_polling_sees_a_save_made_in_the_same_second_as_the_last_one(tmp_path):
    """watchfiles' own poller compares whole seconds and missed this save (a flaky test)."""
    solution = tmp_path / "max_subarray.py"
    solution.write_text("def max_subarray(xs):\n    return 0\n")
    (tmp_path / "untouched.py").write_text("x = 1\n")

    def atomic_save() -> None:
        temporary = tmp_path / ".saving"
        temporary.write_text("def max_subarray(xs):\n    return max(xs)\n")
        os.replace(temporary, solution)

    assert polled_changes(tmp_path, atomic_save) == {"max_subarray.py"}  # not the temporary


def test_polling_sees_an_in_place_save_of_the_same_size_and_timestamp(tmp_path):
    solution = tmp_path / "a.py"
    solution.write_text("x = 1\n")
    before = solution.stat()

    def same_size_same_mtime() -> None:
        solution.write_text("x = 2\n")
        os.utime(solution, ns=(before.st_atime_ns, before.st_mtime_ns))

    assert polled_changes(tmp_path, same_size_same_mtime) == {"a.py"}


def test_polling_follows_a_symlinked_solution_to_its_target(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "max_subarray.py"
    target.write_text("x = 1\n")
    folder = tmp_path / "solutions"
    folder.mkdir()
    (folder / "max_subarray.py").symlink_to(target)
    assert polled_changes(folder, lambda: target.write_text("x = 22\n")) == {"max_subarray.py"}


def test_polling_reports_removals_and_nothing_for_a_quiet_folder(tmp_path):
    (tmp_path / "gone.py").write_text("x = 1\n")
    (tmp_path / "stays.py").write_text("y = 1\n")
    (tmp_path / "backups").mkdir()  # subfolders are not watched
    assert polled_changes(tmp_path, lambda: None) == set()
    assert polled_changes(tmp_path, (tmp_path / "gone.py").unlink) == {"gone.py"}


@pytest.mark.slow
def test_a_polled_watch_grades_each_save(isolated_workspace, tmp_path):
    challenge = find_challenge("max-subarray")
    workspace.start_solution(challenge)
    path = workspace.solution_path(challenge)
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "JUDGE_WATCH_POLL": "1", "TMPDIR": str(tmp_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "judge", "watch", "max-subarray"],
        cwd=isolated_workspace,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(process.stdout), daemon=True)
    reader.start()

    def wait_for(text: str) -> None:
        deadline = time.monotonic() + DEADLINE
        while not any(text in line for line in lines):
            assert time.monotonic() < deadline and process.poll() is None, "".join(lines)
            time.sleep(0.05)

    try:
        wait_for("Watching ")
        wrong = CHALLENGES / "max_subarray" / "samples" / "wrong_answer" / "zero_floor.py"
        temporary = path.with_name(".saving")
        temporary.write_bytes(wrong.read_bytes())
        os.replace(temporary, path)
        wait_for("[#1] max-subarray: WA (wrong answer)")
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=DEADLINE) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    reader.join(timeout=10)
    output = "".join(lines)
    said = f"Polling {path.parent} for saves every 0.3 s, since JUDGE_WATCH_POLL=1 asks for it.\n"
    assert output.startswith(said) and output.count("Polling ") == 1
    assert output.rstrip().endswith("Stopped watching.")
