"""`judge watch`: grade a solution again each time it is saved, until Ctrl-C.

`watch()` is a generator of events that the CLI prints (`judge.render.watch` words them). The
solutions folder is watched with
watchfiles (inotify or its equivalent, debounced: the burst of writes of one save is one
change). Each saved version is graded in a process of its own, in a session of its own, started
ahead of the save (it has already imported the judge and Hypothesis when the save comes, so the
examples' verdict is on the screen a moment later, each tier's as it is decided), so that a
newer save can stop a grading midway: that process turns SIGTERM into
KeyboardInterrupt, which closes its sandboxed workers on the way out, and SIGKILL follows if
it does not end in time. This process is a child subreaper, so a worker orphaned on the way
comes back to it and is killed too, and a grading whose watch was killed outright gets SIGTERM
from the kernel (the parent-death signal): nothing outlives the watch. Each completed grading is
recorded in the store by the same function as `judge check` (`attempt.check_and_record`, round
rules included). A version identical to the one
graded last is not graded again (same file, same verdict), and neither is the untouched stub
(that would only record an empty attempt, which also unlocks the reference). While a review
of the challenge is due and started, its review file is watched instead (`practice.review`).

A folder on a network or FUSE file system (NFS, SMB, sshfs...) gets no change events for
saves made elsewhere, and some machines have no inotify left: then the judge looks at the
folder itself every 0.3 s (`Polling`, said once), as it does when $JUDGE_WATCH_POLL is 1.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import watchfiles

from judge.challenge import catalog
from judge.challenge.catalog import Challenge
from judge.engine import sandbox
from judge.errors import JudgeError
from judge.grading.results import (
    CheckResult,
    TierResult,
    from_json,
    tier_from_json,
    tier_to_json,
    to_json,
)
from judge.practice import learner, review, scorecard, store, workspace
from judge.practice.attempt import check_and_record
from judge.practice.rounds import RoundNote
from judge.practice.scorecard import Scorecard

STOP_GRACE_SECONDS = 3.0  # a stopped grading closes its workers, then gets SIGKILL
SAVE_QUIET_MS = 100  # a save is over when the file has been quiet this long
SAVE_LONGEST_MS = 1600  # a burst of writes longer than this is reported in parts
WATCHER_TICK_MS = 250  # the watcher wakes this often when idle; its first wake-up = ready
PR_SET_PDEATHSIG = 1
POLL_MS = 300  # how often a polled folder is looked at
POLL_ENVIRONMENT = "JUDGE_WATCH_POLL"
# File systems whose changes made by another machine send no inotify event.
NETWORK_FILE_SYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs", "lustre"}
    | {"gpfs", "vboxsf", "vmhgfs", "davfs", "ncpfs", "prl_fs"}
)


# -- what the loop reports --------------------------------------------------------------------
@dataclass(frozen=True)
class Watching:
    """The watch has begun on this file."""

    challenge: Challenge
    path: Path


@dataclass(frozen=True)
class Polling:
    """The folder is looked at every `seconds` instead of waiting for change events."""

    folder: Path
    reason: str  # why: a network file system, no inotify left, or JUDGE_WATCH_POLL
    seconds: float


@dataclass(frozen=True)
class Untouched:
    """The file is the stub `judge start` wrote: there is nothing to grade yet."""

    path: Path


@dataclass(frozen=True)
class Missing:
    """The file is gone (deleted, or mid-rename by an editor)."""

    path: Path


@dataclass(frozen=True)
class GradingStarted:
    number: int  # which grading of this watch, counted from 1
    path: Path
    restarted: bool  # a newer save stopped the grading that was running


@dataclass(frozen=True)
class TierDone:
    """One tier of a running grading was decided (the examples' verdict comes first)."""

    number: int  # the grading it belongs to
    tier: TierResult


@dataclass(frozen=True)
class Graded:
    """A grading finished: a full check, or a whiteboard round's load check."""

    number: int
    result: CheckResult
    note: RoundNote | None = None  # a check of a round problem: how it counted
    settled: Scorecard | None = None  # the round's time ran out: its scorecard

    @property
    def accepted(self) -> bool:
        return self.result.accepted


@dataclass(frozen=True)
class NotGraded:
    """The grading could not finish: `message` says why, in one sentence."""

    number: int  # which grading of this watch, counted from 1
    message: str


@dataclass(frozen=True)
class MovedOn:
    """Accepted with --next: the watch moved on to the next unsolved challenge."""

    challenge: Challenge
    path: Path
    created: bool  # the stub was written for it just now


@dataclass(frozen=True)
class AllSolved:
    pass


Event = (
    Watching
    | Polling
    | Untouched
    | Missing
    | GradingStarted
    | Graded
    | NotGraded
    | MovedOn
    | AllSolved
)


# -- choosing what to watch -------------------------------------------------------------------
def choose_challenge(slug: str | None, db: store.Store) -> tuple[Challenge, Path]:
    """The named challenge (its file must exist), or the next unsolved one that has a file;
    and the file to watch: the solution, or the review file of a review in progress."""
    if slug:
        challenge = catalog.find_challenge(slug)
        started = review.review_in_progress(db, challenge)
        if started:
            return challenge, started
        return challenge, workspace.submission_file(challenge, None)  # no file: 'judge start'
    remaining = learner.unsolved(catalog.all_challenges(), db.statuses())
    if not remaining:
        raise JudgeError("Every challenge is solved; name one to watch it again: judge watch SLUG.")
    for challenge in remaining:
        if workspace.solution_path(challenge).is_file():
            return challenge, workspace.solution_path(challenge)
    raise JudgeError(
        "No unsolved challenge has a solution file yet. "
        f"Run 'judge start {remaining[0].slug}', then 'judge watch'."
    )


# -- one grading, in a process group of its own ----------------------------------------------
# What a grading's reader threads put on the watch's queue: plain tuples, not events of the
# loop (those are the dataclasses above, which a caller sees).
class _TierLine(NamedTuple):
    job: GradingJob
    tier: dict


class _Finished(NamedTuple):
    job: GradingJob
    stdout: bytes
    stderr: bytes
    returncode: int


class Standby:
    """A grading process started ahead of the next save: it has already imported the judge
    and Hypothesis, and waits for the file to grade on its stdin. `python -m
    judge.practice.watch --standby PID`, in a session of its own (Ctrl-C is ours to handle)."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "judge.practice.watch", "--standby", str(os.getpid())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )

    def close(self) -> None:
        """A standby that was never handed a file: end it."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            with contextlib.suppress(OSError):
                stream.close()


class GradingJob:
    """One grading, by a standby process handed `challenge` and `path`; `stop()` ends it all.
    Its stdout is one JSON line per tier as the tiers are decided, then the outcome."""

    def __init__(
        self,
        standby: Standby,
        challenge: Challenge,
        path: Path,
        number: int,
        events: queue.Queue,
    ) -> None:
        self.number = number
        self.process = standby.process
        try:
            self.process.stdin.write(f"{challenge.slug}\t{path}\n".encode())
            self.process.stdin.close()
        except OSError:  # it died while waiting: the outcome says so
            pass
        self._reader = threading.Thread(target=self._collect, args=(events,), daemon=True)
        self._reader.start()

    def _collect(self, events: queue.Queue) -> None:
        last = b""
        for line in self.process.stdout:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if isinstance(message, dict) and "tier" in message:
                events.put(_TierLine(self, message["tier"]))
            else:
                last = line
        stderr = self.process.stderr.read()
        self.process.wait()
        events.put(_Finished(self, last, stderr, self.process.returncode))

    def stop(self) -> None:
        """SIGTERM (the grading closes its workers), then SIGKILL after a grace period."""
        for sig, wait in ((signal.SIGTERM, STOP_GRACE_SECONDS), (signal.SIGKILL, 10.0)):
            if not self._reader.is_alive():
                break
            if self.process.returncode is None:  # never signal a pid that may be reused
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(self.process.pid, sig)
            self._reader.join(wait)

    def outcome(self, finished: _Finished) -> Graded | NotGraded:
        lines = finished.stdout.decode("utf-8", "replace").strip().splitlines()
        try:
            reply = json.loads(lines[-1])
        except (IndexError, ValueError):
            last = finished.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
            detail = last[0] if last else f"exit status {finished.returncode}"
            return NotGraded(self.number, f"Internal error of the judge ({detail}).")
        if "not_graded" in reply:
            return NotGraded(self.number, reply["not_graded"])
        note = RoundNote(**reply["note"]) if reply.get("note") else None
        settled = None
        if reply.get("settled") is not None:  # the grading closed the round: its card
            with store.Store(workspace.state_dir()) as db:
                settled = scorecard.for_round(db, db.round(reply["settled"]))
        return Graded(self.number, from_json(reply["result"]), note, settled)


# -- the folder watcher -----------------------------------------------------------------------
def _unescape_mount(field: str) -> str:
    """/proc/mounts writes a space in a mount point as \\040 (octal escapes)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def file_system_type(folder: Path, mounts: str) -> str | None:
    """The type of the file system `folder` is on, from the text of /proc/mounts."""
    target = str(folder.resolve())
    best, kind = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape_mount(fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):  # the last, deepest mount wins
            best, kind = point, fields[2]
    return kind


def polling_reason(folder: Path, mounts: str | None = None) -> str | None:
    """Why `folder` must be polled, or None when change events can be trusted."""
    if os.environ.get(POLL_ENVIRONMENT, "").strip() == "1":
        return f"{POLL_ENVIRONMENT}=1 asks for it"
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:  # not Linux: watchfiles' own backend (FSEvents, ...) decides
            return None
    kind = file_system_type(folder, mounts)
    if kind and (kind in NETWORK_FILE_SYSTEMS or kind.startswith("fuse.")):
        return f"it is on a file system of type {kind}, which sends no change events"
    return None


@dataclass(frozen=True)
class _Changed:
    names: frozenset[str]


@dataclass(frozen=True)
class _WatcherFailed:
    message: str


class _FolderWatcher(threading.Thread):
    """Posts a `_Changed` per save in one folder (not its subfolders: backups live there)."""

    def __init__(self, folder: Path, events: queue.Queue, polling: bool = False) -> None:
        super().__init__(daemon=True, name="judge-watch-folder")
        self.folder, self.events, self.polling = folder, events, polling
        self.ready, self.stopping = threading.Event(), threading.Event()
        self.error: str | None = None

    def run(self) -> None:
        try:
            if self.polling:
                self._poll()
            else:
                self._follow_events()
        except Exception as exc:  # no inotify left, folder removed: tell the loop
            self.error = f"{type(exc).__name__}: {exc}"
            self.events.put(_WatcherFailed(self.error))
        finally:
            self.ready.set()

    def _follow_events(self) -> None:
        for changes in watchfiles.watch(
            self.folder,
            watch_filter=None,
            debounce=SAVE_LONGEST_MS,
            step=SAVE_QUIET_MS,
            stop_event=self.stopping,
            rust_timeout=WATCHER_TICK_MS,
            yield_on_timeout=True,  # the first (empty) yield tells us it is watching
            recursive=False,
            raise_interrupt=False,
        ):
            self.ready.set()
            if changes:
                self.events.put(_Changed(frozenset(Path(p).name for _, p in changes)))

    def _poll(self) -> None:
        """Compare the folder with itself every POLL_MS. Not watchfiles' poller: it compares
        whole-second modification times, so a save in the same second as the one before it
        (or as the stub's creation) went unseen. A save is reported once its file looks the
        same on two looks in a row, so a half-written file is not graded."""
        previous = _folder_state(self.folder, {})
        reported = dict(previous)  # as last told to the loop
        self.ready.set()
        while not self.stopping.wait(POLL_MS / 1000):
            current = _folder_state(self.folder, previous)
            settled = {
                name
                for name in current.keys() | reported.keys()
                if current.get(name) == previous.get(name) != reported.get(name)
            }
            if settled:
                for name in settled:  # saved, or removed
                    reported.pop(name, None)
                    if name in current:
                        reported[name] = current[name]
                self.events.put(_Changed(frozenset(settled)))
            previous = current

    def stop(self) -> None:
        self.stopping.set()
        self.join(timeout=2)


class _FileState(NamedTuple):
    inode: int
    size: int
    modified_ns: int
    changed_ns: int
    digest: str | None  # of the content; None for a file too large to read at each look


COARSE_CLOCK_SECONDS = 2.0  # FAT keeps even seconds, some NFS servers whole ones
POLLED_READ_LIMIT = 1 << 20  # larger files are compared by their metadata alone


def _folder_state(folder: Path, before: dict[str, _FileState]) -> dict[str, _FileState]:
    """Each regular file of `folder` as it is now (through a symlink too: a solution linked
    from elsewhere is then graded when its target is saved). Its content is read (and
    digested) when its metadata moved since `before`, or while its timestamps are too recent
    to tell two saves apart on a coarse clock; otherwise the digest seen before is kept."""
    state: dict[str, _FileState] = {}
    now = time.time()
    with os.scandir(folder) as entries:
        for entry in entries:
            with contextlib.suppress(OSError):  # a file gone between listing and reading
                if not entry.is_file():
                    continue
                info = entry.stat()
                seen = before.get(entry.name)
                metadata = (info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
                recent = now - max(info.st_mtime, info.st_ctime) < COARSE_CLOCK_SECONDS
                if seen is not None and seen[:4] == metadata and not recent:
                    digest = seen.digest
                elif info.st_size > POLLED_READ_LIMIT:
                    digest = None
                else:
                    digest = _digest(Path(entry.path).read_bytes())
                state[entry.name] = _FileState(*metadata, digest)
    return state


# -- the loop ---------------------------------------------------------------------------------
def _digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


class _WatchLoop:
    """What is watched and graded now; reacts to saves and to finished gradings."""

    def __init__(
        self, challenge: Challenge, path: Path, move_on: bool, events: queue.Queue
    ) -> None:
        self.challenge, self.move_on, self.events = challenge, move_on, events
        self.path = path
        self.job: GradingJob | None = None
        self.standby: Standby | None = None  # the next grading process, warming up
        self.last_digest: str | None = None  # the version graded last (or being graded)
        self.gradings = 0

    def run(self) -> Iterator[Event]:
        yield from self._saved()
        while True:
            message = self.events.get()
            if isinstance(message, _Changed) and self.path.name in message.names:
                yield from self._saved()
            elif isinstance(message, _TierLine) and message.job is self.job:
                yield TierDone(self.job.number, tier_from_json(message.tier))
            elif isinstance(message, _Finished) and message.job is self.job:
                self.job = None
                self._kill_strays()
                self._warm()
                outcome = message.job.outcome(message)
                yield outcome
                if isinstance(outcome, Graded) and outcome.accepted and self.move_on:
                    moved = self._next_challenge()
                    if moved is None:
                        yield AllSolved()
                        return
                    yield moved
                    yield from self._saved()
            elif isinstance(message, _WatcherFailed):
                raise JudgeError(f"Watching {self.path.parent} failed: {message.message}.")

    def _saved(self) -> Iterator[Event]:
        """The file may have changed: grade the new version, unless there is none."""
        try:
            content = self.path.read_bytes()
        except OSError:  # removed, or mid-rename by an editor: its next save brings it back
            self.stop()
            self.last_digest = None
            yield Missing(self.path)
            return
        digest = _digest(content)
        if digest == self.last_digest:
            return
        restarted = self.job is not None
        self.stop()
        self.last_digest = digest
        if workspace.is_untouched_stub(self.challenge, content):
            yield Untouched(self.path)
            return
        self.gradings += 1
        self._warm()
        standby, self.standby = self.standby, None
        self.job = GradingJob(standby, self.challenge, self.path, self.gradings, self.events)
        yield GradingStarted(self.gradings, self.path, restarted)

    def _warm(self) -> None:
        """Have a grading process ready for the next save (started while nothing runs)."""
        if self.standby is None or self.standby.process.poll() is not None:
            self.standby = Standby()

    def _kill_strays(self) -> None:
        """Kill children of ours that no grading owns: workers orphaned when a grading died
        (reparented to us, a subreaper), but not the standby process."""
        keep = {self.standby.process.pid} if self.standby else set()
        sandbox.kill_children(keep=keep)

    def _next_challenge(self) -> MovedOn | None:
        with store.Store(workspace.state_dir()) as db:
            statuses = db.statuses()
        remaining = [
            c
            for c in learner.unsolved(catalog.all_challenges(), statuses)
            if c.slug != self.challenge.slug
        ]
        if not remaining:
            return None
        self.challenge = remaining[0]
        self.path = workspace.solution_path(self.challenge)
        self.last_digest = None
        created = not self.path.exists()
        if created:
            workspace.start_solution(self.challenge)  # never replaces a file
        return MovedOn(self.challenge, self.path, created)

    def stop(self) -> None:
        if self.job is not None:
            self.job.stop()
            self.job = None
            self._kill_strays()

    def close(self) -> None:
        self.stop()
        if self.standby is not None:
            self.standby.close()
            self.standby = None


@contextlib.contextmanager
def _signals(handler: object, *signals: signal.Signals) -> Iterator[None]:
    """Set a handler for the duration (main thread only: elsewhere signals are not ours)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, handler) for sig in signals}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def watch(slug: str | None, move_on: bool = False) -> Iterator[Event]:
    """Watch and grade until the consumer stops (Ctrl-C, or closing the generator)."""
    with store.Store(workspace.state_dir()) as db:
        challenge, path = choose_challenge(slug, db)
    sandbox.become_subreaper()
    events: queue.Queue = queue.Queue()
    loop = _WatchLoop(challenge, path, move_on, events)
    folder = loop.path.parent
    reason = polling_reason(folder)
    watcher = _FolderWatcher(folder, events, polling=reason is not None)
    # A closed terminal or `kill` stops the watch as Ctrl-C does: through the cleanup below.
    with _signals(signal.default_int_handler, signal.SIGTERM, signal.SIGHUP):
        try:
            watcher.start()
            watcher.ready.wait()
            if watcher.error and reason is None:  # no change events here (inotify): poll
                reason = f"change events are not available ({watcher.error})"
                _drain(events)
                watcher = _FolderWatcher(folder, events, polling=True)
                watcher.start()
                watcher.ready.wait()
            if watcher.error:
                raise JudgeError(f"Watching {folder} failed: {watcher.error}.")
            if reason is not None:
                yield Polling(folder, reason, POLL_MS / 1000)
            yield Watching(challenge, loop.path)
            yield from loop.run()
        finally:
            # A second Ctrl-C (or kill) must not cut this short and leave a grading running.
            with _signals(signal.SIG_IGN, signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
                loop.close()
                watcher.stop()


def _drain(events: queue.Queue) -> None:
    """Forget what a failed watcher posted (its failure), before its replacement starts."""
    with contextlib.suppress(queue.Empty):
        while True:
            events.get_nowait()


# -- the grading process ----------------------------------------------------------------------
def _say_tier(tier: TierResult) -> None:
    print(json.dumps({"tier": tier_to_json(tier)}), flush=True)


def _grade_and_record(slug: str, file: str) -> dict:
    """Check and record exactly as `judge check` does, round rules included."""
    challenge = catalog.find_challenge(slug)
    with store.Store(workspace.state_dir()) as db:
        outcome = check_and_record(db, challenge, file, on_tier=_say_tier)
    return {
        "result": to_json(outcome.result),
        "note": dataclasses.asdict(outcome.note) if outcome.note else None,
        "settled": outcome.settled.round.id if outcome.settled else None,
    }


def _stop_with_parent(parent: int) -> None:
    """Get SIGTERM if the watch dies without stopping us (SIGKILL, a crash): Linux only."""
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent:  # it died before we asked
        os.kill(os.getpid(), signal.SIGTERM)


def _interrupt_once(signum: int, frame: object) -> None:
    """The first SIGTERM unwinds like Ctrl-C, so every sandbox worker is closed by its `with`
    block; later ones are ignored, so that they cannot cut that cleanup short (a parent killed
    outright sends the death signal once per thread of it that ends)."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise KeyboardInterrupt


def _grading_process(parent: int) -> int:
    """A standby grading process's main: import what grading needs, wait for the challenge
    and the file on stdin, then grade: a JSON line per tier, then one for the outcome."""
    signal.signal(signal.SIGTERM, _interrupt_once)
    try:
        _stop_with_parent(parent)
        import hypothesis  # noqa: F401  (the slow imports, done before the save comes)

        from judge.grading import check  # noqa: F401

        line = sys.stdin.readline()
        if not line.strip():
            return 0  # closed without a file: the watch ended first
        slug, file = line.rstrip("\n").split("\t", 1)
        reply = _grade_and_record(slug, file)
    except JudgeError as exc:
        reply = {"not_graded": f"Not graded: {exc}"}
    except KeyboardInterrupt:
        return 130
    print(json.dumps(reply))
    return 0


if __name__ == "__main__":  # python -m judge.practice.watch --standby PID
    sys.exit(_grading_process(int(sys.argv[2])))
