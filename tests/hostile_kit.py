"""What tests/test_hostile.py and tests/test_hostile_setups.py share: a probe's header (which
verdict it must get in which set-up, where it runs, what is checked after it), the set-ups
the judge runs in, and one check of a probe through the real command line with every
assertion that makes its verdict honest. The header keys are described in test_hostile.py."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from judge.engine import sandbox

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "hostile"
SLUG = "zero-sum-pair"
# Files that cannot carry a header (not text, or nothing at all).
WITHOUT_HEADER = {"empty.py": "CE", "not_utf8.py": "CE", "binary.py": "CE"}
# root: the judge is root and its workers stay uid 0 (jailed, without capabilities);
# root-drops: the judge is root and its workers run as nobody; unprivileged: the judge
# itself (and so every worker) runs as an ordinary user.
SETUPS = ("root", "root-drops", "unprivileged")
# In a workspace probe's folder, beside it: someone else's accepted solution.
ANOTHER_SUBMISSION = ROOT / "challenges" / "zero_sum_pair" / "samples" / "accepted" / "hash_set.py"
HEADER_LINE = re.compile(rb"^# (expect(?:-[a-z-]+)?|set-ups|workspace|then): (.*)$", re.MULTILINE)


@dataclass(frozen=True)
class Probe:
    path: Path
    expect: dict[str, str]  # set-up -> verdict ("*": every set-up not named)
    everywhere: bool = False  # `# set-ups: all`: also in the set-ups test_hostile_setups arranges
    in_workspace: bool = False  # `# workspace: solutions`
    then: tuple[tuple[str, str], ...] = ()  # (file relative to the repository, verdict)

    @property
    def name(self) -> str:
        return self.path.stem

    @classmethod
    def read(cls, path: Path) -> Probe:
        if path.name in WITHOUT_HEADER:
            return cls(path, {"*": WITHOUT_HEADER[path.name]})
        expect: dict[str, str] = {}
        everywhere, in_workspace, then = False, False, []
        for key, value in HEADER_LINE.findall(path.read_bytes()):
            key, value = key.decode(), value.decode().strip()
            if key == "expect":
                expect["*"] = value
            elif key.startswith("expect-"):
                setup = key.removeprefix("expect-")
                assert setup in SETUPS, f"{path.name}: no set-up is called {setup!r}"
                expect[setup] = value
            elif key == "set-ups":
                assert value == "all", f"{path.name}: '# set-ups:' takes only 'all'"
                everywhere = True
            elif key == "workspace":
                assert value == "solutions", f"{path.name}: '# workspace:' takes 'solutions'"
                in_workspace = True
            else:
                file, verdict = value.rsplit(" ", 1)
                assert (ROOT / file).is_file(), f"{path.name}: {file} does not exist"
                then.append((file, verdict))
        assert "*" in expect, f"{path.name} does not say which verdict it expects"
        # A probe whose verdict depends on the set-up must be run in every set-up.
        everywhere = everywhere or len(expect) > 1 or in_workspace or bool(then)
        return cls(path, expect, everywhere, in_workspace, tuple(then))

    def verdict(self, setup: str) -> str:
        return self.expect.get(setup, self.expect["*"])


def probes() -> list[Probe]:
    return [Probe.read(path) for path in sorted(HOSTILE.glob("*.py"))]


def own_setup() -> str:
    """The set-up this test process's own Python gives the judge it starts."""
    if os.geteuid() != 0:
        return "unprivileged"
    return "root-drops" if sandbox._can_drop_privileges() else "root"


@dataclass(frozen=True)
class Setup:
    """How the judge is started: which Python, importing the judge from which checkout, as
    which user, in which environment (None: this process's, as the fixtures left it)."""

    name: str
    python: str = sys.executable
    checkout: Path = ROOT
    user: tuple[int, int] | None = None  # uid, gid
    env: dict[str, str] | None = field(default=None, hash=False)

    def probe_path(self, probe: Probe) -> Path:
        return self.checkout / probe.path.relative_to(ROOT)

    def as_user(self) -> dict:
        """subprocess's keywords that start the judge as the set-up's user (no other group)."""
        if self.user is None:
            return {}
        return {"user": self.user[0], "group": self.user[1], "extra_groups": []}

    def owns(self, path: Path) -> None:
        """Hand `path` (a file or a folder and all it holds) to the judge's user."""
        if self.user is None:
            return
        for item in [path, *(path.rglob("*") if path.is_dir() else [])]:
            os.chown(item, *self.user, follow_symlinks=False)


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


def check(setup: Setup, file: Path, want: str, workspace: Path, env: dict[str, str]) -> dict:
    """`judge check` of `file` in `setup`: its honest verdict, exit status and JSON."""
    started = time.monotonic()
    run = subprocess.run(
        [setup.python, "-m", "judge", "check", SLUG, "--file", str(file), "--json"],
        capture_output=True,
        timeout=120,
        cwd=workspace,
        env=env,
        stdin=subprocess.DEVNULL,
        **setup.as_user(),
    )
    assert run.stdout, run.stderr[-2000:]
    data = json.loads(run.stdout)  # the whole stdout is exactly one JSON object
    assert data["verdict"] == want, data
    assert run.returncode == (0 if want == "AC" else 1), run.stderr[-2000:]
    assert data["accepted"] is (want == "AC")
    assert time.monotonic() - started < 60
    assert processes_mentioning(str(file)) == [], "a process of the submission survived"
    return data


def modes(folder: Path) -> dict[str, int]:
    return {
        str(path.relative_to(folder)): path.lstat().st_mode
        for path in folder.rglob("*")
        if not path.is_relative_to(folder / ".judge" / "cache")
    }


def recorded_verdicts(state: Path) -> list[str]:
    """The verdicts of the attempts in the state database (read-only: nothing is created)."""
    database = state / "judge.db"
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        return [row[0] for row in db.execute("SELECT verdict FROM attempts ORDER BY id")]


def run_probe(probe: Probe, setup: Setup, workspace: Path, env: dict[str, str]) -> None:
    """Check `probe` in `setup`, then the checks its header asks for after it. A workspace
    probe is the learner's file in `solutions/`, beside someone else's accepted solution,
    with the input cache in the state folder as by default; afterwards the database must
    hold exactly the attempts that were made, and no file of the workspace a new mode."""
    file = setup.probe_path(probe)
    if probe.in_workspace:
        solutions = workspace / "solutions"
        solutions.mkdir(exist_ok=True)
        shutil.copyfile(ANOTHER_SUBMISSION, solutions / "zero_sum_pair.py")
        file = solutions / probe.path.name
        shutil.copyfile(setup.probe_path(probe), file)
        setup.owns(solutions)
        env = {k: v for k, v in env.items() if k != "JUDGE_CACHE_DIR"}
        env["JUDGE_STATE_DIR"] = str(workspace / ".judge")
    before = modes(workspace)
    made = [check(setup, file, probe.verdict(setup.name), workspace, env)["verdict"]]
    for then, verdict in probe.then:
        made.append(check(setup, setup.checkout / then, verdict, workspace, env)["verdict"])
    if probe.in_workspace:
        assert recorded_verdicts(workspace / ".judge") == made
        after = modes(workspace)
        assert {name: after.get(name) for name in before} == before, "a file changed mode"
