"""The hostile probes (tests/hostile/, see test_hostile.py) in the set-ups this test process's
own Python does not give, arranged here:

- `root`: the judge as root with workers that cannot drop to nobody, because the checkout the
  judge runs from is copied into a folder only root can read;
- `root-drops`: the judge as root, from a virtualenv the user nobody can read, so that its
  workers run as nobody;
- `unprivileged`: the judge itself as nobody (its workspace, state folder and input cache
  owned by nobody), from the same virtualenv.

The virtualenv is made from a Python installation the user nobody can read (Debian's
/usr/bin/python3 here), with the dependencies of pyproject.toml but not the judge itself:
the judge is imported from the checkout (PYTHONPATH), so the code under test is what runs,
never a stale installed copy (whose challenge folders, inside site-packages, would also be a
second copy the jail does not hide). It is cached in the system's temporary folder, keyed by
pyproject.toml and the base Python, so it is built once per machine: about 30 s and 270 MB
(numpy and scipy are most of it); one of an older pyproject.toml is removed after a week
unused.
Where a set-up cannot be arranged (not root, no such Python, no ensurepip, pip offline), its
tests skip and say why; .ci/run installs Debian's python3-venv so that nothing skips there.

Only the probes whose header says `set-ups: all` run here (those of the file system,
processes, signals, other processes' memory and limits, capabilities, the state and the
cache, the clean-up: what the user a judge or a worker runs as can change). The others take
the same code path whoever runs them, and run once, in test_hostile.py: replies, exits,
output, types, timing; signals a worker ignores (SIGKILL is sent whoever runs it); inputs
planted in the worker's own folder (the pickle travels over the pipe); the folder's byte
limit (measured the same way by any user; many_small_files has the clean-up of a full folder
as nobody). That keeps the two extra set-ups to about two and a half minutes.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import pwd
import shutil
import signal
import stat
import subprocess
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .hostile_kit import (
    ROOT,
    SETUPS,
    Probe,
    Setup,
    own_setup,
    probes,
    processes_mentioning,
    run_probe,
)

pytestmark = pytest.mark.slow

BASE_PYTHONS = ("/usr/bin/python3", "/usr/local/bin/python3")
READY = ".judge-tests-ready"
UNUSED_DAYS = 7
CHECKOUT_PARTS = ("judge", "challenges", "solutions_template", "tests/hostile")


def nobody() -> tuple[int, int]:
    try:
        entry = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("there is no user 'nobody' to run the judge or its workers as")
    return entry.pw_uid, entry.pw_gid


def world_readable(path: Path) -> bool:
    """Whether any user can reach `path`: every folder above it searchable, it readable."""
    try:
        own = 0o005 if path.is_dir() else 0o004
        return path.stat().st_mode & own == own and all(p.stat().st_mode & 1 for p in path.parents)
    except OSError:
        return False


def copy_checkout(target: Path, mode: int) -> Path:
    """The parts of this checkout the judge and the probes need, copied into `target`."""
    for part in CHECKOUT_PARTS:
        shutil.copytree(ROOT / part, target / part, ignore=shutil.ignore_patterns("__pycache__"))
    for path in [target, *target.rglob("*")]:
        path.chmod(mode if path.is_dir() else mode & 0o644)
    return target


@pytest.fixture(scope="session")
def readable_checkout() -> Iterator[Path]:
    """This checkout if nobody can read it (/work is 0755), else a copy nobody can."""
    needed = [ROOT / "judge" / "engine" / "worker.py", *sorted((ROOT / "tests/hostile").iterdir())]
    if all(world_readable(path) for path in needed):
        yield ROOT
        return
    folder = Path(tempfile.mkdtemp(prefix="judge-tests-checkout-"))
    yield copy_checkout(folder, 0o755)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def root_only_checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the checkout in a folder only root can enter: nobody could not run its
    worker script, so the judge's workers keep uid 0."""
    folder = tmp_path_factory.mktemp("root-only")
    folder.chmod(0o700)
    return copy_checkout(folder / "checkout", 0o700)


def base_python(user: tuple[int, int]) -> str:
    """A Python 3.11+ that nobody can run and read, asked as nobody."""
    for python in BASE_PYTHONS:
        try:
            run = subprocess.run(
                [python, "-c", "import sys, os; print(sys.version_info >= (3, 11))"],
                capture_output=True, timeout=30, user=user[0], group=user[1], extra_groups=[],
                cwd="/", stdin=subprocess.DEVNULL,
            )  # fmt: skip
        except OSError:
            continue
        if run.returncode == 0 and run.stdout.strip() == b"True":
            return python
    pytest.skip(f"no Python 3.11+ that nobody can read ({', '.join(BASE_PYTHONS)})")


def trusted(folder: Path) -> bool:
    """A cached virtualenv is used only if it is ours and no one else can write to it (it
    lives in a shared temporary folder and we run it as root)."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.geteuid() and not info.st_mode & 0o022


def build_venv(python: str, folder: Path, key: str) -> None:
    made = subprocess.run([python, "-m", "venv", str(folder)], capture_output=True, text=True)
    if made.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        if "ensurepip" in made.stdout + made.stderr:
            pytest.skip(f"{python} cannot make a virtualenv: Debian's python3-venv is missing "
                        "(apt-get install python3-venv; .ci/run does)")  # fmt: skip
        pytest.skip(f"{python} -m venv failed: {(made.stdout + made.stderr).strip()[-300:]}")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    installed = subprocess.run(
        [str(folder / "bin" / "python"), "-m", "pip", "install", "-q", *project["dependencies"]],
        capture_output=True, text=True,
    )  # fmt: skip
    if installed.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(f"pip could not install the judge's dependencies: {installed.stderr[-300:]}")
    folder.chmod(0o755)
    (folder / READY).write_text(key)


@pytest.fixture(scope="session")
def readable_venv() -> str:
    """The virtualenv's python (built on first use, then reused; see the module docstring)."""
    if os.geteuid() != 0:
        pytest.skip("only root can arrange workers that drop to nobody")
    python = base_python(nobody())
    version = subprocess.run([python, "-VV"], capture_output=True).stdout
    key = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + python.encode() + version)
    key = key.hexdigest()[:16]
    folder = Path(tempfile.gettempdir()) / f"judge-tests-venv-{key}"
    lock = os.open(f"{folder}.lock", os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another test run may be building it right now
        ready = folder / READY
        if not (trusted(folder) and ready.is_file() and ready.read_text() == key):
            with contextlib.suppress(OSError):
                if folder.is_symlink():
                    folder.unlink()
                elif folder.exists():
                    shutil.rmtree(folder)
            if folder.exists() or folder.is_symlink():
                pytest.skip(f"{folder} is in the way and cannot be removed")
            build_venv(python, folder, key)
        ready.touch()  # in use: not pruned
    finally:
        os.close(lock)
    prune_venvs(keep=folder)
    return str(folder / "bin" / "python")


def prune_venvs(keep: Path) -> None:
    """Remove our virtualenvs of other keys (an older pyproject.toml) unused for a week and
    not being built right now, so that they do not pile up in the temporary folder."""
    for folder in keep.parent.glob("judge-tests-venv-*"):
        if folder == keep or folder.suffix == ".lock" or not trusted(folder):
            continue
        with contextlib.suppress(OSError):
            if time.time() - (folder / READY).stat().st_mtime < UNUSED_DAYS * 86400:
                continue
            lock = os.open(f"{folder}.lock", os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                shutil.rmtree(folder)
            finally:
                os.close(lock)


def owned_folder(prefix: str, user: tuple[int, int] | None) -> Path:
    """A fresh folder in the system's temporary folder (which every user can reach, unlike
    pytest's), owned by the judge's user."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    folder.chmod(0o755)
    if user is not None:
        os.chown(folder, *user)
    return folder


@pytest.fixture(scope="session")
def setups(request: pytest.FixtureRequest) -> Callable[[str], Setup]:
    """Each set-up, arranged on first use (a skip says why one cannot be)."""
    made: dict[str, Setup] = {}

    def arrange(name: str) -> Setup:
        if name not in made:
            if os.geteuid() != 0:
                pytest.skip(f"the {name} set-up needs root (this is uid {os.geteuid()})")
            python = request.getfixturevalue("readable_venv")
            checkout = request.getfixturevalue("readable_checkout")
            user = nobody() if name == "unprivileged" else None
            if name == "root":
                checkout = request.getfixturevalue("root_only_checkout")
            made[name] = Setup(name, python, checkout, user)
        return made[name]

    return arrange


@pytest.fixture
def workspace_for(setups, input_caches):
    """A workspace, a state folder and a clean environment for the judge in a set-up."""
    folders: list[Path] = []

    def make(name: str) -> tuple[Setup, Path, dict[str, str]]:
        setup = setups(name)
        workspace = owned_folder("judge-tests-workspace-", setup.user)
        folders.append(workspace)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "HOME": str(workspace),
            "PYTHONPATH": str(setup.checkout),
            "JUDGE_WORKSPACE": str(workspace),
            "JUDGE_STATE_DIR": str(workspace / ".judge"),
            "JUDGE_CACHE_DIR": str(input_caches(setup)),
        }
        return setup, workspace, env

    yield make
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def input_caches():
    """One input cache per set-up for the whole session, owned by the judge's user."""
    caches: dict[str, Path] = {}

    def cache(setup: Setup) -> Path:
        if setup.name not in caches:
            caches[setup.name] = owned_folder("judge-tests-cache-", setup.user)
        return caches[setup.name]

    yield cache
    for folder in caches.values():
        shutil.rmtree(folder, ignore_errors=True)


OTHER_SETUPS = [name for name in SETUPS if name != own_setup()]
CASES = [(name, probe) for name in OTHER_SETUPS for probe in probes() if probe.everywhere]


@pytest.mark.parametrize(("setup", "probe"), CASES, ids=[f"{s}-{p.name}" for s, p in CASES])
def test_hostile_submission_in_another_setup(setup: str, probe: Probe, workspace_for):
    arranged, workspace, env = workspace_for(setup)
    run_probe(probe, arranged, workspace, env)


# Says who its worker is: the user, and the network namespace (which /proc shows even
# jailed, since Landlock does not govern readlink).
WHO_AM_I = """import os


def has_zero_sum_pair(nums):
    raise ValueError(f"uid={os.getuid()} net={os.readlink('/proc/self/ns/net')}")
"""


@pytest.mark.parametrize("setup", SETUPS)
def test_the_setup_is_what_it_claims(setup: str, workspace_for):
    """The judge's report of its sandbox (`--json`'s `sandbox`) against what its worker
    finds it is: workers as nobody exactly in `root-drops` and `unprivileged`, a network
    namespace of their own exactly where the report says so (only as root, undropped)."""
    arranged, workspace, env = workspace_for(setup)
    file = workspace / "who_am_i.py"
    file.write_text(WHO_AM_I)
    arranged.owns(file)
    run = subprocess.run(
        [arranged.python, "-m", "judge", "check", "zero-sum-pair", "--file", str(file), "--json",
         "--quick"],
        capture_output=True, cwd=workspace, env=env, timeout=120, stdin=subprocess.DEVNULL,
        **arranged.as_user(),
    )  # fmt: skip
    data = json.loads(run.stdout)
    claimed = data["sandbox"]["active"]
    found = dict(pair.split("=", 1) for pair in data["tiers"][0]["failure"]["error"].split()[1:])
    assert claimed["drop_to_nobody"] is (setup == "root-drops"), data["sandbox"]
    assert int(found["uid"]) == (0 if setup == "root" else nobody()[0]), found
    assert claimed["network_namespace"] is (found["net"] != os.readlink("/proc/self/ns/net"))
    assert claimed["network_namespace"] is (setup == "root"), data["sandbox"]


# Marks its worker's folder once the call has begun, so the test knows the judge is stopped
# mid-call without guessing a delay.
SLEEPS_MID_CALL = """import pathlib
import time


def has_zero_sum_pair(nums):
    pathlib.Path("in-the-call").touch()
    time.sleep(3600)
"""


@pytest.mark.parametrize("how", ["SIGTERM", "SIGKILL"])
@pytest.mark.parametrize("setup", SETUPS)
def test_a_stopped_judge_leaves_no_worker_running(setup: str, how: str, workspace_for):
    """SIGTERM unwinds the judge like Ctrl-C (exit 143, every worker closed and its folder
    removed); even SIGKILL, which the judge cannot see, takes its worker with it."""
    arranged, workspace, env = workspace_for(setup)
    file, workers = workspace / "sleeps_mid_call.py", workspace / "tmp"
    file.write_text(SLEEPS_MID_CALL)
    workers.mkdir()
    arranged.owns(file)
    arranged.owns(workers)
    judge = subprocess.Popen(
        [arranged.python, "-m", "judge", "check", "zero-sum-pair", "--file", str(file)],
        cwd=workspace, env={**env, "TMPDIR": str(workers)}, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, **arranged.as_user(),
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not any(workers.glob("*/in-the-call")):
        assert judge.poll() is None, judge.communicate()
        assert time.monotonic() < deadline, "the worker never got into the call"
        time.sleep(0.02)
    judge.send_signal(getattr(signal, how))
    _, stderr = judge.communicate(timeout=30)
    assert judge.returncode == (143 if how == "SIGTERM" else -signal.SIGKILL), stderr
    deadline = time.monotonic() + 10  # SIGKILL: the kernel's parent-death signal, no waiting
    while processes_mentioning(str(file)):
        assert time.monotonic() < deadline, "a worker outlived the judge"
        time.sleep(0.02)
    if how == "SIGTERM":
        assert b"Traceback" not in stderr
        assert not any(workers.iterdir()), "the worker's folder was left behind"
