"""judge installed as a new user installs it: a built wheel in a fresh virtualenv.

The wheel must carry the whole catalogue (every package with its samples and tests) and the
stub template, so that `judge list`, `judge start` and `judge check` work with nothing but
the installed copy. The source tree is copied first (so a build leaves nothing in the
repository), a source distribution is made from the copy and the wheel from that (so
MANIFEST.in is proven too), and the wheel is installed with its dependencies, from the
package index pip is configured with, into a virtualenv that sees no other packages.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import judge
from judge.challenge.catalog import scan

ROOT = Path(judge.__file__).resolve().parents[1]
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "venv", "build", "dist", "*.egg-info", ".judge", "__pycache__",
    ".ruff_cache", ".pytest_cache", ".hypothesis", "solutions", "rounds", "*.pyc",
)  # fmt: skip


def run(command: list[str], cwd: Path, env: dict[str, str], timeout: float = 300) -> str:
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert done.returncode == 0, f"{command} exited {done.returncode}:\n{done.stdout}{done.stderr}"
    return done.stdout


def clean_environment() -> dict[str, str]:
    """The variables of a new user's shell: nothing pointing at this checkout or its venv
    (pip's own settings stay: they say where packages come from on this machine)."""
    return {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("JUDGE_", "PYTHON", "VIRTUAL_ENV"))
    }


@pytest.mark.slow
def test_a_wheel_installed_in_a_fresh_virtualenv_has_the_whole_catalogue(tmp_path):
    assert (ROOT / "pyproject.toml").is_file(), f"{ROOT} is not a source checkout of judge"
    started = time.monotonic()
    env = clean_environment()
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    # The source distribution, with the setuptools of this environment (no download), then
    # the wheel from it, as pip builds one for `pip install .`/`pipx install .`. (Where this
    # environment has no setuptools, as Python 3.12's venvs do not, the wheel is built from
    # the source tree directly: MANIFEST.in is then left unproven, the wheel is not.)
    built = source
    if importlib.util.find_spec("setuptools"):
        make_sdist = "import setuptools.build_meta as b; print(b.build_sdist('dist'))"
        sdist = run([sys.executable, "-c", make_sdist], cwd=source, env=env).split()[-1]
        built = source / "dist" / sdist
    wheels = tmp_path / "wheels"
    pip = [sys.executable, "-m", "pip"]
    run([*pip, "wheel", "--no-deps", "-q", "-w", str(wheels), str(built)], cwd=tmp_path, env=env)
    (wheel,) = wheels.glob("judge-*.whl")
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp_path, env=env)
    python = venv / "bin" / "python"
    run([*pip, "--python", str(python), "install", "-q", str(wheel)], cwd=tmp_path, env=env)

    user = tmp_path / "user"  # a new user's folder: no challenges, no checkout in sight
    user.mkdir()
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    imported = run([str(python), "-c", "import judge; print(judge.__file__)"], cwd=user, env=env)
    assert Path(imported.strip()).is_relative_to(venv), imported

    listing = run([str(venv / "bin" / "judge"), "list"], cwd=user, env=env)
    rows = [line.split() for line in listing.splitlines() if line.startswith("  ")]
    slugs = {row[0] for row in rows if row[0] != "challenge"}  # under each part's heading
    assert slugs == {c.slug for c in scan(ROOT / "challenges").challenges}, listing

    reference = user / "my_answer.py"
    shutil.copy(ROOT / "challenges" / "max_subarray" / "reference.py", reference)
    checked = run(
        [str(venv / "bin" / "judge"), "check", "max-subarray", "--file", str(reference), "--json"],
        cwd=user,
        env=env,
    )
    result = json.loads(checked)
    assert result["verdict"] == "AC" and result["accepted"] is True, checked
    assert [t["verdict"] for t in result["tiers"]] == ["AC", "AC", "AC"]

    # Every shipped package passes `judge verify`'s package checks from the installed copy
    # (samples, tests, READMEs and perf.py are all there); grading them all is `make test`'s.
    checks = (
        "from judge.grading.verify import prepare; p = prepare(); print(len(p.sound), p.problems)"
    )
    packages = run([str(python), "-c", checks], cwd=user, env=env)
    assert packages.strip() == f"{len(slugs)} []", packages

    # `judge start` renders the stub through the shipped template.
    run([str(venv / "bin" / "judge"), "start", "zero-sum-pair"], cwd=user, env=env)
    stub = (user / "solutions" / "zero_sum_pair.py").read_text()
    assert "def has_zero_sum_pair(nums: list[int]) -> bool:" in stub
    print(f"\nwheel built, installed and checked in {time.monotonic() - started:.1f} s")
