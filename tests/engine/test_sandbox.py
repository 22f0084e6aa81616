"""The worker process and its limits, driven directly (no challenge involved). Waits are
for a condition, with a deadline; limits are checked against the limit asked for, never
against a number of seconds."""

import os
import sys
import time
from pathlib import Path

import pytest

from judge.engine import canonical, jail
from judge.engine.sandbox import CallLimits, Limits, WorkerProcess

LOAD = {"op": "load", "function": "f", "compare": "exact"}
QUICK = CallLimits(cpu_seconds=2.0, wall_seconds=4.0)


def start(write_solution, source, **limits):
    worker = WorkerProcess(write_solution(source), Limits(**limits) if limits else None)
    worker.start()
    return worker


def call(worker, *args, limits=QUICK):
    return worker.request({"op": "call", "args": list(args)}, limits)


def wait_until(condition, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.01)


def test_call_returns_encoded_result_and_user_frames(write_solution):
    with WorkerProcess(write_solution("def f(x):\n    return 10 // x\n")) as worker:
        assert worker.request(LOAD, QUICK).ok
        assert call(worker, 5).reply == {"ok": True, "result": 2}
        failed = call(worker, 0).reply
        assert failed["verdict"] == "RE" and failed["error"].startswith("ZeroDivisionError")
        assert failed["traceback"] == ['File "solution.py", line 2, in f\n    return 10 // x']


def test_a_large_array_answer_comes_back_whole_as_raw_bytes(write_solution):
    source = "import numpy as np\ndef f(n):\n    return np.arange(n, dtype=np.float64) / 3\n"
    with WorkerProcess(write_solution(source)) as worker:
        assert worker.request({**LOAD, "numpy": True}, QUICK).ok
        reply = call(worker, 3_000_000).reply  # 24 MB: hundreds of pipe-sized chunks
        assert reply["ok"] and [len(blob) for blob in reply["blobs"]] == [24_000_000]
        back = canonical.decode(reply["result"], reply["blobs"])
        assert back.shape == (3_000_000,) and back[-1] == 2_999_999 / 3
        small = call(worker, 2).reply  # then the next reply is read as usual
        assert "blobs" not in small and canonical.decode(small["result"]).tolist() == [0, 1 / 3]


def test_cpu_limit_stops_a_busy_loop_quickly(write_solution):
    with WorkerProcess(write_solution("def f():\n    while True: pass\n")) as worker:
        worker.request(LOAD, QUICK)
        limits = CallLimits(cpu_seconds=0.3)
        outcome = call(worker, limits=limits)
        assert outcome.verdict == "TLE" and "CPU" in outcome.reason  # not the wall limit
        # Stopped at a poll just past the limit (polls are 10 ms apart; a busy machine may
        # delay one), not when the worker's own 120 s CPU limit ends it.
        assert limits.cpu_seconds < outcome.cpu_seconds < 3 * limits.cpu_seconds
        assert not worker.alive


def test_wall_limit_stops_a_sleeper(write_solution):
    with WorkerProcess(write_solution("import time\ndef f():\n    time.sleep(60)\n")) as worker:
        worker.request(LOAD, QUICK)
        outcome = call(worker, limits=CallLimits(cpu_seconds=0.2, wall_seconds=0.5))
        assert outcome.verdict == "TLE"


def test_memory_cap_is_reported_as_mle(write_solution):
    source = "def f():\n    return len(bytearray(2 * 1024**3))\n"
    with WorkerProcess(write_solution(source), Limits(memory_mb=256)) as worker:
        worker.request(LOAD, QUICK)
        reply = call(worker).reply
        assert reply["verdict"] == "MLE"


def test_output_flood_is_capped_and_never_blocks(write_solution):
    source = "def f():\n    for _ in range(200_000):\n        print('x' * 100)\n    return 1\n"
    with WorkerProcess(write_solution(source)) as worker:
        worker.request(LOAD, QUICK)
        assert call(worker, limits=CallLimits(cpu_seconds=20)).reply["result"] == 1
        # Every byte is in the pipe before the reply (the worker flushes first); the
        # collector drains it all, keeping only the cap.
        flooded = 200_000 * 101
        wait_until(lambda: worker.output().total_bytes == flooded, "the whole flood drained")
        output = worker.output()
        assert output.truncated and len(output.text) == 64 * 1024
        assert output.text.startswith("x" * 100 + "\n")  # the start is kept


def test_os_exit_mid_call_is_a_runtime_error(write_solution):
    with WorkerProcess(write_solution("import os\ndef f():\n    os._exit(0)\n")) as worker:
        worker.request(LOAD, QUICK)
        outcome = call(worker)
        assert outcome.verdict == "RE" and "exited with status 0" in outcome.reason


def test_escaped_daemon_is_killed_on_close(write_solution):
    # The daemon (double fork, new session: out of the worker's process group) sends its
    # pid through a pipe, so the call returns only once it surely runs.
    source = """
import os, time
def f():
    read, write = os.pipe()
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            os.write(write, str(os.getpid()).encode() + b"\\n")
            while True:
                time.sleep(1)
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        return int(pipe.readline())
"""
    worker = start(write_solution, source, allow_processes=True)
    worker.request(LOAD, QUICK)
    pid = call(worker).reply["result"]
    os.kill(pid, 0)  # alive while the worker is
    worker.close()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_workdir_is_fresh_and_removed(write_solution):
    source = (
        "import os\ndef f():\n    open('scratch.txt', 'w').write('x')\n    return os.listdir('.')\n"
    )
    worker = start(write_solution, source)
    worker.request(LOAD, QUICK)
    assert call(worker).reply["result"] == ["scratch.txt"]
    folder = worker.workdir
    worker.close()
    assert not folder.exists()


LINUX = sys.platform.startswith("linux") and os.uname().machine in jail.SYSCALLS


@pytest.mark.skipif(not LINUX, reason="the jail enforces only on Linux")
def test_new_processes_are_refused_by_default(write_solution):
    source = "import os, subprocess\ndef f():\n    subprocess.run(['true'])\n"
    with WorkerProcess(write_solution(source)) as worker:
        assert worker.request(LOAD, QUICK).ok
        failed = call(worker).reply
        assert failed["verdict"] == "RE" and "PermissionError" in failed["error"], failed


@pytest.mark.skipif(not LINUX, reason="the jail enforces only on Linux")
def test_the_worker_is_jailed_before_the_submission_loads(write_solution, tmp_path):
    """Read at import time, so nothing of the submission ever ran unjailed."""
    secret = tmp_path / "elsewhere" / "reference.py"
    secret.parent.mkdir()
    secret.write_text("ANSWER = 42\n")
    source = f"""
import os
def attempt(action):
    try:
        action()
        return "ok"
    except OSError as exc:
        return type(exc).__name__
SEEN = {{
    "secret": attempt(lambda: open({str(secret)!r}).read()),
    "judge": attempt(lambda: open({str(Path(jail.__file__))!r}).read()),
    "write_tmp": attempt(lambda: open({str(tmp_path / "dropped.txt")!r}, "w")),
    "status": open("/proc/self/status").read().split("CapEff:")[1].split()[0],
    "own_folder": attempt(lambda: open("mine.txt", "w").write("x")),
}}
def f():
    import json, heapq, fractions, decimal, statistics
    return SEEN
"""
    with WorkerProcess(write_solution(source)) as worker:
        assert worker.request(LOAD, QUICK).ok
        seen = canonical.decode(call(worker).reply["result"])
    assert seen["secret"] == seen["judge"] == seen["write_tmp"] == "PermissionError", seen
    assert seen["own_folder"] == "ok" and int(seen["status"], 16) == 0, seen
    assert not (tmp_path / "dropped.txt").exists()


@pytest.mark.skipif(not LINUX, reason="the jail enforces only on Linux")
def test_the_judge_is_not_dumpable_once_a_worker_started(write_solution):
    import ctypes

    with WorkerProcess(write_solution("def f():\n    return 1\n")):
        assert ctypes.CDLL(None).prctl(jail.PR_GET_DUMPABLE, 0, 0, 0, 0) == 0


def test_what_a_call_printed_is_there_as_soon_as_it_replied(write_solution):
    """The worker flushes its output before it replies: output() must not lose the race
    with the thread that drains the pipe (a failure would show no output at all)."""
    source = "def f(i):\n    print('call', i, 'x' * 100)\n    return i\n"
    with WorkerProcess(write_solution(source)) as worker:
        assert worker.request(LOAD, QUICK).ok
        printed = 0
        for i in range(150):
            assert call(worker, i).reply["result"] == i
            printed += len(f"call {i} ") + 100 + 1
            output = worker.output()
            assert output.total_bytes == printed, f"call {i}: not all of its output was there"
            assert f"call {i} " in output.text


def test_a_closed_worker_starts_again_fresh(write_solution):
    """The performance tier restarts a worker that a limit stopped: nothing of the stopped
    one (its status, half a reply) may leak into the fresh one."""
    source = "def f(x=None):\n    while x is None:\n        pass\n    return x\n"
    worker = start(write_solution, source)
    try:
        assert worker.request(LOAD, QUICK).ok
        assert call(worker, limits=CallLimits(cpu_seconds=0.2)).verdict == "TLE"
        assert not worker.alive
        worker.close()
        worker.start()
        assert worker.alive and worker.request(LOAD, QUICK).ok
        assert call(worker, 7).reply == {"ok": True, "result": 7}
    finally:
        worker.close()
