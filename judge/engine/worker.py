"""The worker: the only process in which a submission ever runs.

The parent (`judge.engine.sandbox`) starts this file as a script with `python -I`, in a
fresh temporary folder, with two pipes: requests come in on one, replies go out on the
other, one JSON object per line (and, after a line that announces them, the raw bytes of a
large array answer). The submission's own stdout and stderr go to a third pipe the parent
caps, so nothing it prints can reach the protocol by accident. Before loading anything
untrusted the worker lowers its resource limits, when started as root and allowed to, drops
to an unprivileged user, and then, right before the submission is compiled, jails itself
(`judge.engine.jail`: Landlock, no capabilities, seccomp; for good). It never decides a
verdict about correctness or speed: it calls, encodes what came back (type-exactly, see
`judge.engine.canonical`) and reports exceptions. The parent measures time itself, from
outside, so patching clocks here changes nothing; asked to, the worker also stops a call at
a CPU limit of its own (`OutOfTime`) and lives on, with the parent's kill still behind it.
For a challenge with `numpy = true` it imports numpy (on one BLAS thread: the parent sets
the environment) before the harness and the submission, so that the import is never billed
to a call.
"""

from __future__ import annotations

import os
import sys

# This file runs as a script under -I, so the package is not importable by default.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

import contextlib
import gc
import json
import linecache
import pickle
import resource
import signal
import traceback
import types
from pathlib import Path

from judge.engine import canonical, harness, jail

NOBODY = 65534
TRACEBACK_FRAMES = 12
MAX_COPIES = 20000  # the most argument sets one `prepare` builds (see op_prepare)


class OutOfTime(BaseException):
    """Raised in the submission when a call passes its soft CPU limit (`soft_seconds`): the
    parent stops honest slow code without killing this process and starting another. Code
    that catches it is killed by the parent's hard limit a little later, as before."""


class Worker:
    def __init__(
        self,
        replies: int,
        source_path: str,
        source: bytes,
        harness_source: str,
        policy: jail.JailPolicy | None = None,
    ) -> None:
        self.replies = replies
        self.source_path = source_path
        self.source = source
        self.harness_source = harness_source
        self.policy = policy
        self.jail_report: jail.JailReport | None = None
        self.workdir = Path.cwd()
        self.input_folder = self.workdir
        self.hooks = harness.load_hooks(harness)
        self.function = None
        self.compare = "exact"
        self.data: list | None = None
        self.pickled: bytes | None = None  # a staged input as read, for fresh copies of it
        self.args: tuple | None = None
        self.more_args: list[tuple] = []  # a batch's other calls, before the one read back
        self.pending: tuple | None = None
        self.in_call = False  # the soft limit may stop the submission only while this holds

    # -- protocol -------------------------------------------------------------------------
    def reply(self, message: dict) -> None:
        for stream in (sys.stdout, sys.stderr):
            # The submission may have replaced or closed them.
            with contextlib.suppress(BaseException):
                stream.flush()
        blobs = message.pop("blobs", [])  # raw bytes to send after the line
        if blobs:
            message["blobs"] = [len(blob) for blob in blobs]
        for data in ((json.dumps(message, ensure_ascii=True) + "\n").encode(), *blobs):
            view = memoryview(data)
            while view:
                view = view[os.write(self.replies, view) :]

    def serve(self, requests) -> None:
        for line in requests:
            request = json.loads(line)
            if "payload" in request:  # raw bytes follow the line: a pickled input
                request["payload"] = requests.read(int(request["payload"]))
            op = request.get("op")
            if op == "exit":
                return
            handler = getattr(self, "op_" + str(op), None)
            reply = handler(request) if handler else {"ok": False, "verdict": "IE"}
            self.reply({**reply, "id": request.get("id")})

    # -- errors ---------------------------------------------------------------------------
    def user_frames(self, exc: BaseException) -> list[str]:
        """Only the frames of the submission's own file, named relative to it."""
        name = os.path.basename(self.source_path)
        frames = []
        for frame in traceback.extract_tb(exc.__traceback__):
            if frame.filename == self.source_path:
                line = f'File "{name}", line {frame.lineno}, in {frame.name}'
                frames.append(line + (f"\n    {frame.line}" if frame.line else ""))
        if len(frames) > TRACEBACK_FRAMES:  # deep recursion: keep both ends
            half = TRACEBACK_FRAMES // 2
            skipped = len(frames) - 2 * half
            frames = [*frames[:half], f"... {skipped} more frames ...", *frames[-half:]]
        return frames

    def failure(self, verdict: str, exc: BaseException, frames: bool = True) -> dict:
        if isinstance(exc, MemoryError):
            verdict = "MLE"
        try:
            text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            if type(exc) is canonical.Unsendable:  # one sentence of ours, not a traceback
                text = str(exc)
        except BaseException:
            text = type(exc).__name__
        text = text.replace(self.source_path, os.path.basename(self.source_path))
        return {
            "ok": False,
            "verdict": verdict,
            "error": text[:2000],
            "traceback": self.user_frames(exc) if frames else [],
        }

    # -- operations -----------------------------------------------------------------------
    def op_load(self, request: dict) -> dict:
        """Load the challenge's harness (trusted) and then the submission (untrusted)."""
        self.compare = request.get("compare", "exact")
        if request.get("numpy"):  # before anything untrusted, so its import is never billed
            import numpy  # noqa: F401
        if self.harness_source:  # trusted: the challenge's own harness, read before the drop
            module = types.ModuleType("challenge_harness")
            sys.modules[module.__name__] = module
            exec(compile(self.harness_source, "harness.py", "exec"), module.__dict__)
            self.hooks = harness.load_hooks(module)
        # What is loaded so far lives as long as the process: the collection before each
        # timed call need not walk it again (numpy's objects alone took 8 ms a collection).
        gc.freeze()
        refused = self.enter_jail()
        if refused:
            return refused
        try:
            code = compile(self.source, self.source_path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError, UnicodeDecodeError) as exc:
            return self.failure("CE", exc, frames=False)
        # A fixed name: a file called heapq.py must not shadow the real heapq.
        module = types.ModuleType("submission")
        module.__file__ = self.source_path
        sys.modules[module.__name__] = module
        try:
            exec(code, module.__dict__)
        except ImportError as exc:
            return self.failure("CE", exc)
        except BaseException as exc:  # includes SystemExit and KeyboardInterrupt
            return self.failure("RE", exc)
        function = module.__dict__.get(request["function"])
        if not callable(function):
            found = "is not a function" if function is not None else "is not defined"
            return {
                "ok": False,
                "verdict": "CE",
                "error": f"{request['function']} {found} in {os.path.basename(self.source_path)}",
                "traceback": [],
            }
        self.function = function
        return {"ok": True}

    def enter_jail(self) -> dict | None:
        """Jail this process (once, irreversibly): from here on only the interpreter, the
        two files and our own folder are reachable. None, or the reply refusing to go on."""
        if self.policy is None or self.jail_report is not None:
            return None
        try:
            self.jail_report = jail.apply(self.policy)
        except jail.JailError as exc:  # never run a submission half-jailed
            return {"ok": False, "verdict": "IE", "error": f"sandbox: {exc}", "traceback": []}
        return None

    def op_input(self, request: dict) -> dict:
        """Take the data of the next calls, inline or from the parent's input cache. A cached
        input's pickle comes over the pipe, never from a file the submission could have
        replaced; its other files (file-based challenges) are in a fresh staged folder."""
        if "folder" in request:  # staged by the parent inside our folder
            self.input_folder = self.workdir / request["folder"]
            self.pickled = request["payload"]
            self.data = None
        else:
            self.input_folder = self.workdir
            self.pickled = None
            self.data = canonical.decode(request["args"])
        return {"ok": True}

    def build(self) -> dict | None:
        """Build fresh arguments; a failure here (the submission may have spoiled its
        folder on an earlier call) is that submission's runtime error."""
        try:
            if self.pickled is None:
                self.args = self.hooks["build_args"](self.data, self.input_folder)
            elif self.hooks["build_args"] is harness.build_args:
                # Unpickling the staged bytes again is a fresh deep copy, many times faster
                # than copy.deepcopy of a large input (this runs before every timed call).
                self.args = tuple(pickle.loads(self.pickled))
            else:
                self.args = self.hooks["build_args"](pickle.loads(self.pickled), self.input_folder)
        except Exception as exc:
            failed = self.failure("RE", exc, frames=False)
            failed["error"] = "preparing the next input failed: " + failed["error"]
            return failed
        return None

    def op_prepare(self, request: dict) -> dict:
        """Build fresh arguments outside the measured call (and collect garbage now, so
        that a collection of the previous call's leftovers is not billed to the next). With
        `copies`, that many sets: the next run calls the function on each, one after the
        other, in one measured request (a call too quick to time alone)."""
        self.args, self.more_args = None, []
        gc.collect()
        for _ in range(min(int(request.get("copies", 1)), MAX_COPIES) - 1):
            failed = self.build()
            if failed:
                return failed
            self.more_args.append(self.args)
        return self.build() or {"ok": True}

    def op_run(self, request: dict) -> dict:
        """Call the submission once on the prepared arguments. With `defer`, reply as soon
        as the call returns and keep the result for `op_result`: the parent times this
        request, and reading back a large result is not the submission's work."""
        args, self.args = self.args, None
        more_args, self.more_args = self.more_args, []
        tracing = request.get("tracemalloc", False)
        if tracing:
            import tracemalloc

            tracemalloc.start()
            baseline = tracemalloc.get_traced_memory()[0]
        soft_seconds = request.get("soft_seconds")
        if soft_seconds:
            signal.signal(signal.SIGPROF, self._out_of_time)
            signal.setitimer(signal.ITIMER_PROF, soft_seconds)
        try:
            self.in_call = True
            for other in more_args:
                self.function(*other)
            result = self.function(*args)
            self.in_call = False
        except OutOfTime:
            return {"ok": False, "verdict": "TLE", "soft": True, "error": "", "traceback": []}
        except BaseException as exc:  # SystemExit, KeyboardInterrupt, custom BaseException
            return self.failure("RE", exc)
        finally:
            self.in_call = False
            if soft_seconds:
                signal.setitimer(signal.ITIMER_PROF, 0)
            if tracing:
                peak = tracemalloc.get_traced_memory()[1] - baseline
                tracemalloc.stop()
        self.pending = (result, args)
        message = {"ok": True, "peak_bytes": peak} if tracing else {"ok": True}
        if request.get("defer"):
            return message
        read_back = self.op_result(request)
        return {**message, **read_back} if read_back["ok"] else read_back

    def _out_of_time(self, signum: int, frame: object) -> None:
        """The soft limit of a call: stop the submission where it is, keep this process.
        Only inside the call: anywhere else the same exception would break the protocol."""
        if self.in_call:
            raise OutOfTime

    def op_result(self, request: dict) -> dict:
        """Read back the last call's result: the value itself, or just its digest."""
        (result, args), self.pending = self.pending, None
        if request.get("discard"):  # a repeated timing run: its answer is already known
            return {"ok": True}
        try:
            value = self.hooks["collect"](result, args, self.input_folder)
            message = {"ok": True}
            if request.get("digest"):
                message["digest"] = canonical.digest(value, self.compare)
            else:
                blobs: list[bytes] = []
                message["result"] = canonical.encode(value, blobs)
                if blobs:
                    message["blobs"] = blobs
            if request.get("observe"):
                message["after"] = canonical.encode(self.hooks["observe"](args))
        except BaseException as exc:  # a result that cannot even be read back
            return self.failure("WA", exc, frames=False)
        return message

    def op_call(self, request: dict) -> dict:
        """input + prepare + run in one round trip: the correctness tiers' small cases."""
        self.op_input(request)
        return self.build() or self.op_run(request)


def apply_limits(limits: dict) -> None:
    """Lower this process's limits; where the platform refuses one, go on without it."""
    mib = 1024 * 1024
    wanted = {
        "RLIMIT_AS": limits.get("memory_mb", 1024) * mib,
        "RLIMIT_CPU": limits.get("cpu_seconds", 120),
        "RLIMIT_FSIZE": limits.get("file_size_mb", 64) * mib,
        "RLIMIT_CORE": 0,
        "RLIMIT_NOFILE": 256,
    }
    for name, value in wanted.items():
        if hasattr(resource, name):
            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(getattr(resource, name), (value, value))


def drop_privileges(drop: bool, processes: int) -> None:
    """As root (when the parent says nobody can still read Python), run the submission as
    nobody: it can then neither signal the judge nor escape the process limit, which binds
    only unprivileged users."""
    if drop:
        empty_bounding_set()  # only root may: after setuid the set would stay full
        try:
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
        except OSError:
            return
    with contextlib.suppress(ValueError, OSError, AttributeError):
        resource.setrlimit(resource.RLIMIT_NPROC, (processes, processes))


def empty_bounding_set() -> None:
    """Drop every capability from the bounding set (PR_CAPBSET_DROP, while still root), so
    that nothing this process or a child could ever exec regains one (the jail refuses exec
    anyway; this holds even where the jail is missing)."""
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_capbset_read, pr_capbset_drop = 23, 24
        for cap in range(64):
            if libc.prctl(pr_capbset_read, cap, 0, 0, 0) < 0:
                break  # past the kernel's last capability
            libc.prctl(pr_capbset_drop, cap, 0, 0, 0)


def die_with_parent(parent: int) -> None:
    """SIGKILL when the judge dies, however it dies (Linux), so no worker outlives it."""
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # it died before we asked
        os._exit(1)


def main() -> None:
    requests_fd, replies_fd = int(sys.argv[1]), int(sys.argv[2])
    die_with_parent(int(sys.argv[6]))
    source_path, harness_path, limits = sys.argv[3], sys.argv[4], json.loads(sys.argv[5])
    sys.set_int_max_str_digits(0)
    with open(source_path, "rb") as handle:  # read while still allowed to
        source = handle.read()
    harness_source = ""
    if harness_path:
        with open(harness_path, encoding="utf-8") as handle:
            harness_source = handle.read()
    try:  # tracebacks can show the user's lines even after the privilege drop
        text = source.decode("utf-8")
        linecache.cache[source_path] = (len(text), None, text.splitlines(True), source_path)
    except UnicodeDecodeError:
        pass
    apply_limits(limits)
    drop_privileges(limits.get("drop_privileges", False), limits.get("processes", 64))
    die_with_parent(int(sys.argv[6]))  # again: a change of uid clears the parent-death signal
    policy = jail.JailPolicy(
        read_paths=[*limits.get("jail_read_paths", []), source_path, *filter(None, [harness_path])],
        write_paths=[os.getcwd()],
        allow_processes=limits.get("allow_processes", False),
    )
    worker = Worker(replies_fd, source_path, source, harness_source, policy)
    with os.fdopen(requests_fd, "rb") as requests:
        worker.serve(requests)


if __name__ == "__main__":
    main()
