"""Hostile submissions (tests/hostile/*.py, each naming the verdict it must get) graded
through the real command line: an honest verdict every time, the judge's JSON intact, its
exit code truthful, and no process of the submission left behind."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from judge.practice.store import Store

HOSTILE = Path(__file__).parent / "hostile"
WITHOUT_HEADER = {"empty.py": "CE", "not_utf8.py": "CE", "binary.py": "CE"}


def expected_verdict(path: Path) -> str:
    if path.name in WITHOUT_HEADER:
        return WITHOUT_HEADER[path.name]
    match = re.search(rb"^# expect: ([A-Z]+)$", path.read_bytes(), re.MULTILINE)
    assert match, f"{path.name} does not say which verdict it expects"
    return match.group(1).decode()


def processes_mentioning(text: str) -> list[int]:
    """Live processes whose command line mentions `text` (zombies excluded)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if text.encode() in cmdline and state != "Z":
            found.append(int(entry.name))
    return found


def judge_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "judge", *args]


@pytest.fixture
def judge_env(isolated_workspace: Path) -> dict[str, str]:
    return dict(os.environ)


@pytest.mark.parametrize("path", sorted(HOSTILE.glob("*.py")), ids=lambda p: p.stem)
def test_hostile_submission_gets_an_honest_verdict(path, judge_env, isolated_workspace):
    want = expected_verdict(path)
    started = time.monotonic()
    run = subprocess.run(
        judge_command("check", "zero-sum-pair", "--file", str(path), "--json"),
        capture_output=True,
        timeout=120,
        cwd=isolated_workspace,
        env=judge_env,
        stdin=subprocess.DEVNULL,
    )
    data = json.loads(run.stdout)  # the whole stdout is exactly one JSON object
    assert data["verdict"] == want, data
    assert run.returncode == (0 if want == "AC" else 1), run.stderr[-2000:]
    assert data["accepted"] is (want == "AC")
    assert time.monotonic() - started < 60
    assert processes_mentioning(str(path)) == [], "a process of the submission survived"


def test_ctrl_c_kills_the_worker_and_exits_130(judge_env, isolated_workspace):
    sleeper = HOSTILE / "sleeps.py"
    process = subprocess.Popen(
        judge_command("check", "zero-sum-pair", "--file", str(sleeper)),
        cwd=isolated_workspace,
        env=judge_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    # Wait until the worker is inside the sleeping call (its command line names the file).
    while not [p for p in processes_mentioning(str(sleeper)) if p != process.pid]:
        assert time.monotonic() < deadline, "the worker never started"
        time.sleep(0.05)
    time.sleep(0.3)  # let it get past loading: the interrupt should land mid-call
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert b"Interrupted" in stderr and b"Traceback" not in stderr
    assert processes_mentioning(str(sleeper)) == []


def test_two_checks_at_once_in_one_workspace(judge_env, isolated_workspace):
    reference = Path(__file__).parent.parent / "challenges" / "zero_sum_pair" / "reference.py"
    command = judge_command("check", "zero-sum-pair", "--file", str(reference), "--quick")
    runs = [
        subprocess.Popen(command, cwd=isolated_workspace, env=judge_env, stdout=subprocess.PIPE)
        for _ in range(2)
    ]
    assert [run.wait(timeout=120) for run in runs] == [0, 0]
    with Store(isolated_workspace / ".judge") as store:
        assert [a.verdict for a in store.attempts("zero-sum-pair")] == ["AC", "AC"]
