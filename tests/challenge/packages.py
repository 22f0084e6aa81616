"""Helpers for tests that copy a real challenge package into a temporary catalogue and
change (or break) one thing in it."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from judge.challenge.catalog import shipped
from judge.cli import main

SHIPPED = shipped("challenges")


def copy(root: Path, name: str) -> Path:
    shutil.copytree(SHIPPED / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    return root / name


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def verify(monkeypatch, root: Path, *slugs: str):
    monkeypatch.setenv("JUDGE_CHALLENGES_DIR", str(root))
    return CliRunner().invoke(main, ["verify", *slugs])


def problem_lines(output: str) -> list[str]:
    """The lines naming a file in the catalogue under test (the problems)."""
    return [line for line in output.splitlines() if line.startswith(("/", "catalogue/"))]


def assert_reported(result, *fragments: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "IE" not in result.output, result.output
    for fragment in fragments:
        assert fragment in result.output, result.output


def renamed_copy(root: Path, name: str, new: str) -> Path:
    package = copy(root, name)
    target = package.rename(root / new)
    edit(
        target / "challenge.toml",
        f'slug = "{name.replace("_", "-")}"',
        f'slug = "{new.replace("_", "-")}"',
    )
    return target
