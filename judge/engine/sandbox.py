"""Spawning, limiting, timing and killing worker processes (the parent side of the boundary).

A `WorkerProcess` runs `judge/engine/worker.py` on one file (a submission, or the reference when
the reference is timed) in its own session and a fresh temporary folder, stdin closed, its
output captured through a size cap, with CPU, memory, file-size and process limits. Every
request carries a CPU limit and a wall limit; the parent measures the child's CPU clock from
outside (`clock_gettime` on the child's process clock), so a submission cannot fake its
timing, and it kills the whole process group the moment a limit is passed. On close it kills
the group and then any descendant that escaped it (we are a child subreaper on Linux, so
daemons that double-fork come back to us to be killed). It tells each worker what its jail
may read (the interpreter's own paths, computed here once) and, when the first worker starts,
makes the judge itself non-dumpable (`jail.harden_parent`). This module never imports a
challenge's code and never decides a verdict about correctness.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import secrets
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from judge.engine import jail
from judge.verdicts import Verdict

WORKER_SCRIPT = Path(__file__).with_name("worker.py")
OUTPUT_CAP = 64 * 1024  # bytes of the submission's output we keep
# A reply is read only within these bounds, checked before and while it is parsed, so that
# a forged one can neither hang the judge nor make it grow: answers of the correctness tiers
# are small, and large answers travel as digests.
REPLY_CAP = 48 * 1024 * 1024  # bytes: an ndarray answer of up to 32 MB, base64
REPLY_BLOBS_CAP = 1000  # raw blobs after one reply's line (one per large array)
REPLY_CONTAINERS_CAP = 500_000  # lists and objects in one reply
REPLY_INT_DIGITS_CAP = 10_000  # digits of one integer
POLL_SECONDS = 0.01
DISK_POLLS = 10  # the worker's folder is measured every this many polls
NOBODY = 65534
PR_SET_CHILD_SUBREAPER = 36
BLAS_PASSED_THROUGH = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")

sys.set_int_max_str_digits(0)


@dataclass
class Limits:
    memory_mb: int = 512
    file_size_mb: int = 64
    cpu_seconds: int = 120  # the whole worker's lifetime; requests have their own limits
    processes: int = 64
    drop_privileges: bool = False
    allow_processes: bool = False  # the jail refuses fork and exec unless this is set
    disk_mb: int = 512  # bytes in the worker's folder, all files together
    disk_files: int = 2_000  # files and folders in the worker's folder
    jail_read_paths: list[str] = field(default_factory=list)  # set by start()
    hidden_paths: list[str] = field(default_factory=list)  # never readable (challenge packages)


@dataclass
class CallLimits:
    cpu_seconds: float
    wall_seconds: float = field(default=0.0)

    def __post_init__(self) -> None:
        # Sleeping or blocked code uses no CPU: the wall limit catches it, with room for a
        # loaded machine where our share of a core may be half of it.
        if not self.wall_seconds:
            self.wall_seconds = 2 * self.cpu_seconds + 1.0


@dataclass
class Outcome:
    """What came of one request: the worker's reply, or why it was stopped."""

    reply: dict[str, Any] | None = None
    verdict: Verdict | None = None  # TLE, MLE or RE when the worker was stopped or died
    reason: str = ""
    cpu_seconds: float = 0.0
    wall_seconds: float = 0.0
    # CPU the worker spent in the untimed steps around a timed call (preparing the arguments,
    # reading the result back), for the caller to bill what is out of proportion.
    untimed_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.reply is not None and self.reply.get("ok") is True


@dataclass
class Output:
    text: str = ""
    total_bytes: int = 0

    @property
    def truncated(self) -> bool:
        return self.total_bytes > len(self.text.encode("utf-8", "replace"))


class _OutputCollector(threading.Thread):
    """Drains the submission's stdout+stderr so it never blocks, keeping only the start.

    The worker flushes its output before it replies, so everything a call printed is in the
    pipe once its reply is in; `output()` takes what this thread has not read yet itself,
    under the same lock, so that a failure never misses what the call printed."""

    POLL_SECONDS = 0.05  # how soon the thread notices that the pipe was closed

    def __init__(self, stream: Any) -> None:
        super().__init__(daemon=True)
        self.stream, self.kept, self.total = stream, bytearray(), 0
        self.fd = stream.fileno()
        os.set_blocking(self.fd, False)
        self.lock = threading.Lock()
        self.finished = False  # end of file seen, or the pipe closed

    def _drain(self) -> None:
        """Read what the pipe holds now (the lock is held)."""
        while not self.finished:
            try:
                chunk = os.read(self.fd, 65536)
            except BlockingIOError:
                return
            except OSError:
                chunk = b""
            if not chunk:
                self.finished = True
                return
            self.total += len(chunk)
            room = OUTPUT_CAP - len(self.kept)
            if room > 0:
                self.kept += chunk[:room]

    def run(self) -> None:
        while not self.finished:
            with contextlib.suppress(OSError, ValueError):
                select.select([self.fd], [], [], self.POLL_SECONDS)
            with self.lock:
                self._drain()

    def close(self) -> None:
        with self.lock:
            self.finished = True
            with contextlib.suppress(OSError, ValueError):
                self.stream.close()

    def output(self) -> Output:
        with self.lock:
            self._drain()
            return Output(self.kept.decode("utf-8", "replace"), self.total)


_subreaper_set = False


def become_subreaper() -> None:
    """Orphaned descendants of our workers get reparented to us, so we can kill them."""
    global _subreaper_set
    if _subreaper_set or not sys.platform.startswith("linux"):
        return
    _subreaper_set = True
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


_hardened = False


def harden_judge() -> None:
    """Once, when the first worker starts: no worker may read this process's memory,
    environment or descriptors, or trace it (see `jail.harden_parent`)."""
    global _hardened
    if _hardened:
        return
    _hardened = True
    with contextlib.suppress(OSError, jail.JailError):
        jail.harden_parent()


JUDGE_PACKAGE = Path(__file__).resolve().parents[1]


@functools.cache
def protections() -> dict[str, Any]:
    """Which protections a worker gets on this machine, found once per process by jailing
    a throwaway process (`jail.probe`): for `judge doctor` and the `sandbox` field of
    `--json`. `missing` says, per protection, why the platform refused it."""
    report = jail.probe().to_dict()
    report["active"]["drop_to_nobody"] = _can_drop_privileges()
    if report["active"]["drop_to_nobody"] and report["active"].get("network_namespace"):
        # The probe jailed a process of ours, as root; a worker drops to nobody before its
        # jail, and nobody cannot make a namespace.
        report["active"]["network_namespace"] = False
        report["missing"]["network_namespace"] = (
            "workers drop to nobody before the jail, which nobody cannot make a namespace for"
        )
    if not report["active"]["drop_to_nobody"]:
        report["missing"]["drop_to_nobody"] = (
            "workers keep the judge's user: it is not root, or nobody cannot read the Python "
            "installation (the jail's capabilities and Landlock rules bind them anyway)"
        )
    report["active"]["output_cap"] = True
    report["active"]["cpu_and_wall_limits"] = True
    return report


@functools.cache
def jail_read_paths(hidden: tuple[str, ...] = ()) -> tuple[str, ...]:
    """What a worker must still read inside its jail: this interpreter's prefixes, standard
    library, site-packages and the shared libraries they link (the same Python runs it),
    minus the judge's own package and the folders in `hidden` (challenge packages), which
    an installed judge keeps inside site-packages."""
    hidden = (str(JUDGE_PACKAGE), *hidden)
    return tuple(jail.without(jail.python_read_paths(), list(hidden)))


def our_children() -> set[int]:
    """Pids whose parent is this process (Linux /proc; empty elsewhere)."""
    me, found = os.getpid(), set()
    with contextlib.suppress(OSError):
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as handle:
                    stat = handle.read()
            except OSError:
                continue
            fields = stat[stat.rfind(b")") + 2 :].split()
            if len(fields) > 1 and int(fields[1]) == me:
                found.add(int(entry.name))
    return found


def kill_children(keep: set[int] = frozenset()) -> None:
    """Kill and reap our children except `keep`, until none is left: killing one hands its
    own children to us (we are a subreaper), so this repeats, a bounded number of times."""
    for _ in range(100):
        doomed = our_children() - keep
        if not doomed:
            return
        for pid in doomed:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)


def _user_process_count() -> int:
    uid, count = os.getuid(), 0
    with contextlib.suppress(OSError):
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                with contextlib.suppress(OSError):
                    count += entry.stat().st_uid == uid
    return count


def _world_readable(path: Path) -> bool:
    """Whether an unprivileged user can reach `path` (every folder above it searchable)."""
    try:
        return all(p.stat().st_mode & 0o005 == 0o005 for p in [path, *path.parents])
    except OSError:
        return False


def _can_drop_privileges() -> bool:
    """Running as root, a worker runs as nobody, but only where nobody can still read the
    Python installation and the judge (a root-only pyenv under /root cannot be)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    return _world_readable(Path(os.__file__).parent) and _world_readable(WORKER_SCRIPT.parent)


def _process_cpu_seconds(pid: int) -> float | None:
    """The CPU time of another process, read by us (the child cannot fake it)."""
    try:
        return time.clock_gettime(((~pid) << 3) | 2)  # CPUCLOCK_SCHED, whole process
    except OSError:
        return None


def _remove_tree(path: Path) -> None:
    """Remove a worker's folder. rmtree never follows links; the retry (a folder the
    submission made unwritable) changes modes only of real folders and files, never of what
    a planted symbolic link points at."""

    def retry(function: Any, name: str, _exc: Any) -> None:
        with contextlib.suppress(OSError):
            for target in (os.path.dirname(name), name):
                if not os.path.islink(target):
                    os.chmod(target, 0o700)
            function(name)

    if sys.version_info >= (3, 12):
        shutil.rmtree(path, onexc=retry)
    else:
        shutil.rmtree(path, onerror=retry)


class ReplyTooLarge(ValueError):
    """A reply over one of the bounds: the submission's runtime error, never ours."""


def _bounded_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > REPLY_INT_DIGITS_CAP:
        raise ReplyTooLarge(f"the result holds an integer of {digits:,} digits")
    return int(text)


def cpu_stop(limit: float) -> str:
    """Why a call that passed its CPU limit ended, whoever stopped it (this process or the
    worker's own soft stop)."""
    return f"stopped after {limit:.2f} s of CPU"


def parse_reply(line: bytes) -> Any:
    """json.loads within the bounds above (size is checked as the bytes arrive)."""
    containers = line.count(b"[") + line.count(b"{")  # an upper bound: brackets in strings too
    if containers > REPLY_CONTAINERS_CAP:
        raise ReplyTooLarge(f"the result holds more than {REPLY_CONTAINERS_CAP:,} lists")
    return json.loads(line, parse_int=_bounded_int)


class WorkerProcess:
    """One worker on one file. Use as a context manager: leaving it kills everything."""

    def __init__(
        self, source: Path, limits: Limits | None = None, harness: Path | None = None
    ) -> None:
        self.source = source.resolve()
        self.harness = harness
        self.limits = limits or Limits()
        self.process: subprocess.Popen | None = None
        self.workdir: Path | None = None
        self.status: str | None = None  # how the worker ended, once it has
        self._buffer = bytearray()
        self._collector: _OutputCollector | None = None
        self._children_before: set[int] = set()
        self._max_rss_kb = 0
        self._drops = False
        self._request_id = ""

    # -- life cycle -----------------------------------------------------------------------
    def start(self) -> None:
        """Start the worker; after `close()`, a fresh one (nothing of the last one is kept)."""
        self.status, self._buffer, self._request_id, self._max_rss_kb = None, bytearray(), "", 0
        become_subreaper()
        harden_judge()
        self._children_before = our_children()
        self.workdir = Path(tempfile.mkdtemp(prefix="judge-worker-"))
        limits = Limits(**self.limits.__dict__)
        limits.jail_read_paths = list(jail_read_paths(tuple(self.limits.hidden_paths)))
        limits.drop_privileges = _can_drop_privileges()
        if limits.drop_privileges:
            os.chown(self.workdir, NOBODY, NOBODY)
        elif hasattr(os, "getuid") and os.getuid() != 0:
            # RLIMIT_NPROC counts every process of the user, not just the worker's.
            limits.processes = _user_process_count() + 32
        self._drops = limits.drop_privileges
        requests_read, self._requests = os.pipe()
        self._replies, replies_write = os.pipe()
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.workdir),
            "TMPDIR": str(self.workdir),
            "LANG": "C.UTF-8",
            "PYTHONHASHSEED": "0",  # same iteration order of sets of str on every run
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONIOENCODING": "utf-8",
            # One BLAS/OpenMP thread: OpenBLAS reserves memory per thread at import (which a
            # capped address space cannot always give), and CPU time is only fair single-
            # threaded. The core-type settings some machines need are passed through.
            "OPENBLAS_NUM_THREADS": "1",
            "OMP_NUM_THREADS": "1",
            "MKL_NUM_THREADS": "1",
            **{name: os.environ[name] for name in BLAS_PASSED_THROUGH if name in os.environ},
        }
        command = [sys.executable, "-I", str(WORKER_SCRIPT), str(requests_read)]
        command += [str(replies_write), str(self.source), str(self.harness or "")]
        command += [json.dumps(limits.__dict__), str(os.getpid())]
        try:
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                cwd=self.workdir,
                env=env,
                pass_fds=(requests_read, replies_write),
                start_new_session=True,
            )
        finally:
            os.close(requests_read)
            os.close(replies_write)
        self._collector = _OutputCollector(self.process.stdout)
        self._collector.start()

    def __enter__(self) -> WorkerProcess:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def alive(self) -> bool:
        return self.process is not None and self.status is None

    def close(self) -> None:
        """Stop the worker, everything it started, and remove its folder. Idempotent."""
        if self.process is None:
            return
        if self.status is None:
            with contextlib.suppress(OSError):
                os.write(self._requests, b'{"op": "exit"}\n')
            self._wait(timeout=0.5)
        self._kill()
        for fd in (self._requests, self._replies):
            with contextlib.suppress(OSError):
                os.close(fd)
        if self._collector:
            self._collector.join(timeout=1)
            self._collector.close()
        with contextlib.suppress(OSError, ValueError):
            self.process.stdout.close()
        if self.workdir:
            _remove_tree(self.workdir)
        self.process = None

    def output(self) -> Output:
        return self._collector.output() if self._collector else Output()

    @property
    def pid(self) -> int:
        return self.process.pid

    def _wait(self, timeout: float) -> bool:
        """Reap the worker if it ends within `timeout`; remember how it ended."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                pid, status, usage = os.wait4(self.pid, os.WNOHANG)
            except ChildProcessError:
                self.status = self.status or "gone"
                return True
            if pid:
                self._max_rss_kb = usage.ru_maxrss
                self.process.returncode = os.waitstatus_to_exitcode(status)
                self.status = self.status or self._describe_exit(self.process.returncode)
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.005)

    @staticmethod
    def _describe_exit(code: int) -> str:
        if code < 0:
            with contextlib.suppress(ValueError):
                return f"killed by signal {signal.Signals(-code).name}"
            return f"killed by signal {-code}"
        return f"exited with status {code}"

    def _kill(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.pid, signal.SIGKILL)
        if self.status is None or self.process.returncode is None:
            self._wait(timeout=5)
        self._reap_escaped()

    def _reap_escaped(self) -> None:
        """Kill descendants that left the process group (setsid, double fork)."""
        kill_children(keep=self._children_before)

    # -- requests -------------------------------------------------------------------------
    def request(
        self, message: dict[str, Any], limits: CallLimits, payload: bytes | None = None
    ) -> Outcome:
        """Send one request (and `payload`, raw bytes after it) and wait for its reply
        under a CPU and a wall-clock limit."""
        cpu_limit, wall_limit = limits.cpu_seconds, limits.wall_seconds
        if not self.alive:
            return Outcome(verdict=Verdict.RE, reason=f"the process had already {self.status}")
        cpu_start = _process_cpu_seconds(self.pid) or 0.0
        wall_start = time.monotonic()
        # A fresh id per request, echoed by the worker: a reply forged blindly by the
        # submission (junk written to every descriptor it finds) is caught as such.
        self._request_id = secrets.token_hex(8)
        message = {**message, "id": self._request_id}
        if payload is not None:
            message["payload"] = len(payload)
        try:
            data = (json.dumps(message) + "\n").encode() + (payload or b"")
            view = memoryview(data)
            while view:
                view = view[os.write(self._requests, view) :]
        except (BrokenPipeError, OSError):
            return self._died(cpu_start, wall_start)
        polls = searched = 0
        parsed: Outcome | None = None  # the reply's line, while the raw bytes after it arrive
        sizes: list[int] = []  # of those raw bytes, as the line announced them
        while True:
            # Only what arrived since the last look: a large reply comes in pipe-sized
            # chunks, and searching all of it again after each took a quarter second.
            if parsed is None and (newline := self._buffer.find(b"\n", searched)) >= 0:
                line = bytes(self._buffer[:newline])
                del self._buffer[: newline + 1]
                parsed = self._parse(line, cpu_start, wall_start)
                if parsed.reply is None or "blobs" not in parsed.reply:
                    return parsed
                if (announced := self._blob_sizes(parsed.reply)) is None:
                    return self._broken_protocol()
                sizes = announced
            searched = len(self._buffer)
            if parsed is not None and len(self._buffer) >= sum(sizes):
                parsed.reply["blobs"] = self._take_blobs(sizes)
                return parsed
            cpu = (_process_cpu_seconds(self.pid) or cpu_start) - cpu_start
            wall = time.monotonic() - wall_start
            if cpu > cpu_limit or wall > wall_limit:
                self.status = "stopped at the time limit"
                self._kill()
                reason = (
                    cpu_stop(cpu_limit) if cpu > cpu_limit else f"stopped after {wall_limit:.1f} s"
                )
                return Outcome(
                    verdict=Verdict.TLE, reason=reason, cpu_seconds=cpu, wall_seconds=wall
                )
            polls += 1
            if polls % DISK_POLLS == 0 and (over := self._disk_over()):
                self.status = "filled its folder"
                self._kill()
                return Outcome(verdict=Verdict.RE, reason=over, cpu_seconds=cpu)
            ready, _, _ = select.select([self._replies], [], [], POLL_SECONDS)
            if ready:
                chunk = os.read(self._replies, 1 << 20)
                if not chunk:
                    return self._died(cpu_start, wall_start)
                self._buffer += chunk
                if len(self._buffer) > REPLY_CAP:
                    self.status = "sent a reply that was too large"
                    self._kill()
                    return Outcome(
                        verdict=Verdict.RE,
                        reason=f"the result was larger than {REPLY_CAP // 1024 // 1024} MiB",
                    )

    def _parse(self, line: bytes, cpu_start: float, wall_start: float) -> Outcome:
        cpu = (_process_cpu_seconds(self.pid) or cpu_start) - cpu_start
        wall = time.monotonic() - wall_start
        try:
            reply = parse_reply(line)
        except ReplyTooLarge as exc:
            self.status = "sent a reply that was too large"
            self._kill()
            return Outcome(verdict=Verdict.RE, reason=str(exc))
        except (ValueError, RecursionError, MemoryError):
            reply = None
        if not isinstance(reply, dict) or reply.pop("id", None) != self._request_id:
            return self._broken_protocol()
        return Outcome(reply=reply, cpu_seconds=cpu, wall_seconds=wall)

    def _broken_protocol(self) -> Outcome:
        self.status = "broke the judge's protocol"
        self._kill()
        return Outcome(verdict=Verdict.RE, reason="the worker's reply channel was tampered with")

    @staticmethod
    def _blob_sizes(reply: dict[str, Any]) -> list[int] | None:
        """The sizes of the raw blobs announced after a reply's line, or None when they do
        not add up (not a list of sizes, or more than REPLY_CAP bytes in all)."""
        sizes = reply["blobs"]
        if not isinstance(sizes, list) or len(sizes) > REPLY_BLOBS_CAP:
            return None
        if not all(type(size) is int and size >= 0 for size in sizes):
            return None
        return sizes if sum(sizes) <= REPLY_CAP else None

    def _take_blobs(self, sizes: list[int]) -> list[bytes]:
        """The announced blobs, cut off the front of the buffer (all their bytes are in)."""
        blobs, start = [], 0
        for size in sizes:
            blobs.append(bytes(self._buffer[start : start + size]))
            start += size
        del self._buffer[:start]
        return blobs

    def _disk_over(self) -> str | None:
        """Whether the worker's folder holds more than its limits allow (each file is also
        capped by RLIMIT_FSIZE); the walk stops as soon as a limit is passed."""
        total, count = 0, 0
        folders = [str(self.workdir)]
        while folders:
            try:
                with os.scandir(folders.pop()) as entries:
                    for entry in entries:
                        count += 1
                        if entry.is_dir(follow_symlinks=False):
                            folders.append(entry.path)
                        else:
                            total += entry.stat(follow_symlinks=False).st_size
                        if count > self.limits.disk_files:
                            return f"it created more than {self.limits.disk_files:,} files"
                        if total > self.limits.disk_mb * 1024 * 1024:
                            return f"it wrote more than {self.limits.disk_mb} MiB to its folder"
            except OSError:
                continue
        return None

    def _died(self, cpu_start: float, wall_start: float) -> Outcome:
        cpu = (_process_cpu_seconds(self.pid) or cpu_start) - cpu_start
        self._wait(timeout=2)
        self._kill()
        memory_cap_kb = self.limits.memory_mb * 1024
        verdict = Verdict.MLE if self._max_rss_kb >= 0.9 * memory_cap_kb else Verdict.RE
        if self.status and "SIGXCPU" in self.status:
            verdict = Verdict.TLE
        return Outcome(
            verdict=verdict,
            reason=f"the process {self.status}",
            cpu_seconds=cpu,
            wall_seconds=time.monotonic() - wall_start,
        )

    def stage(self, entry: Path) -> str:
        """Copy a cached input folder's files (all but its pickle, which travels over the
        pipe) into a fresh folder inside the worker's own: readable by an unprivileged
        worker wherever the cache lives, and never one the submission could have prepared
        (a fresh random name each time). A submission that rewrites its input file spoils
        only its own copy. Returns the folder's name inside the worker's."""
        target = Path(tempfile.mkdtemp(prefix="input-", dir=self.workdir))
        for item in entry.iterdir():
            if item.name not in ("input.pkl", "manifest.json") and item.is_file():
                shutil.copyfile(item, target / item.name, follow_symlinks=False)
        if self._drops:
            os.chown(target, NOBODY, NOBODY)  # the call may write its output here
        return target.name

    # -- memory (Linux) -------------------------------------------------------------------
    def reset_peak_rss(self) -> bool:
        """Reset the kernel's peak-RSS mark of the worker, so the next call can be measured."""
        try:
            with open(f"/proc/{self.pid}/clear_refs", "w") as handle:
                handle.write("5")
            return True
        except OSError:
            return False

    def rss_kb(self, field_name: str) -> int | None:
        """VmRSS (now) or VmHWM (peak since reset) of the worker, in KiB."""
        try:
            with open(f"/proc/{self.pid}/status") as handle:
                for line in handle:
                    if line.startswith(field_name + ":"):
                        return int(line.split()[1])
        except (OSError, ValueError, IndexError):
            return None
        return None
