"""Shared fixtures: every test gets its own workspace and state folder; the (slow to build)
performance inputs are cached once per session; a test that shows local times pins the time
zone it reads them in."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from judge.challenge.catalog import find_challenge
from judge.grading.context import Folders

ROOT = Path(__file__).resolve().parent.parent
CHALLENGES = ROOT / "challenges"

# A suite started in the background of a script (`make test &`, nohup) inherits SIGINT
# ignored, and so would every judge process it starts: then the tests that press Ctrl-C on
# a judge would wait for ever. A handler here makes the processes it starts get the default.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(scope="session")
def input_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("input-cache")


@pytest.fixture(autouse=True)
def isolated_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, input_cache: Path) -> Path:
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    monkeypatch.chdir(workspace)
    monkeypatch.setenv("JUDGE_WORKSPACE", str(workspace))
    monkeypatch.setenv("JUDGE_STATE_DIR", str(workspace / ".judge"))
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(input_cache))
    monkeypatch.delenv("JUDGE_CHALLENGES_DIR", raising=False)
    return workspace


@pytest.fixture
def folders(isolated_workspace: Path, input_cache: Path) -> Folders:
    """Where a check made through the library may write."""
    return Folders(cache=input_cache, hypothesis=isolated_workspace / ".judge" / "hypothesis")


@pytest.fixture
def max_subarray():
    return find_challenge("max-subarray")


@pytest.fixture
def write_solution(tmp_path: Path):
    """Write a submission file and return its path."""

    def write(source: str, name: str = "solution.py") -> Path:
        path = tmp_path / name
        path.write_text(source, encoding="utf-8")
        return path

    return write


@pytest.fixture
def time_zone():
    """`time_zone("HST10")` makes local times those of that zone for the rest of the test
    (POSIX zone strings need no time-zone database); the machine's zone comes back after."""
    before = os.environ.get("TZ")

    def pin(zone: str) -> None:
        os.environ["TZ"] = zone
        time.tzset()

    yield pin
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()
