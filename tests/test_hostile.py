"""Hostile submissions (tests/hostile/*.py, each naming the verdict it must get) graded
through the real command line: an honest verdict every time, the judge's JSON intact, its
exit code truthful, and no process of the submission left behind.

Each probe is built so that it gets AC only if the hole it probes is open. Its header, the
comment lines at its top (tests/hostile_kit.py reads them):

    # expect: WA                  the verdict it must get in every set-up...
    # expect-unprivileged: RE     ...but this one in that set-up (also expect-root,
                                  expect-root-drops)
    # set-ups: all                also run in the set-ups tests/test_hostile_setups.py
                                  arranges (implied by any of the keys here but expect)
    # workspace: solutions        checked as the learner's file solutions/<name>.py, beside
                                  someone else's accepted solutions/zero_sum_pair.py, with
                                  the input cache in the state folder (the default); after
                                  it the database must hold exactly the attempts made and
                                  no file of the workspace may have changed mode
    # then: challenges/zero_sum_pair/samples/time_limit/all_pairs.py TLE
                                  a second check in the same workspace (and cache) after
                                  it, with the verdict it must still get: for probes that
                                  would damage later checks (the cache, the state)

The set-ups: `root` (the judge is root and its workers stay uid 0, jailed without
capabilities: this machine, whose Python under /root nobody can read), `root-drops` (the
judge is root and its workers run as nobody) and `unprivileged` (the judge itself runs as an
ordinary user). This file runs every probe in the set-up its own Python gives
(`hostile_kit.own_setup()`); tests/test_hostile_setups.py arranges the others.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from judge.practice.store import Store

from .hostile_kit import Probe, Setup, own_setup, probes, processes_mentioning, run_probe


def judge_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "judge", *args]


@pytest.fixture
def judge_env(isolated_workspace: Path) -> dict[str, str]:
    return dict(os.environ)


@pytest.mark.parametrize("probe", probes(), ids=lambda p: p.name)
def test_hostile_submission_gets_an_honest_verdict(probe: Probe, judge_env, isolated_workspace):
    run_probe(probe, Setup(own_setup()), isolated_workspace, judge_env)


# Marks its worker's folder when the call begins, so the test knows the interrupt lands
# mid-call (and not while the file is still loading) without guessing a delay.
SLEEPS_MID_CALL = """import pathlib
import time


def has_zero_sum_pair(nums):
    pathlib.Path("in-the-call").touch()
    time.sleep(3600)
"""


def test_ctrl_c_kills_the_worker_and_exits_130(judge_env, isolated_workspace, tmp_path):
    sleeper = tmp_path / "sleeps_mid_call.py"
    sleeper.write_text(SLEEPS_MID_CALL)
    workers = tmp_path / "tmp"  # the judge's TMPDIR: its workers' folders are made here
    workers.mkdir()
    process = subprocess.Popen(
        judge_command("check", "zero-sum-pair", "--file", str(sleeper)),
        cwd=isolated_workspace,
        env={**judge_env, "TMPDIR": str(workers)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not any(workers.glob("*/in-the-call")):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the worker never got into the call"
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert b"Interrupted" in stderr and b"Traceback" not in stderr
    assert processes_mentioning(str(sleeper)) == []
    assert not any(workers.iterdir())  # the worker's folder went with it


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
