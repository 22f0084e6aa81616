"""Where things live on the user's machine: the workspace, its solutions, the state folder.

The workspace is the current directory (or $JUDGE_WORKSPACE); solutions are
`solutions/<folder>.py` in it; state (database, input cache) is `.judge/` in it, or
$JUDGE_STATE_DIR. `start_solution` is the only writer of solution files, and it never
replaces an existing one.
"""

from __future__ import annotations

import os
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from judge.challenge.catalog import Challenge
from judge.errors import JudgeError, SubmissionFileError
from judge.grading.context import Folders

TEMPLATES = Path(__file__).resolve().parents[2] / "solutions_template"


def workspace() -> Path:
    return Path(os.environ.get("JUDGE_WORKSPACE") or Path.cwd())


def state_dir() -> Path:
    override = os.environ.get("JUDGE_STATE_DIR")
    return Path(override) if override else workspace() / ".judge"


def cache_dir() -> Path:
    override = os.environ.get("JUDGE_CACHE_DIR")
    return Path(override) if override else state_dir() / "cache"


def grading_folders() -> Folders:
    """The folders a check may write: the input cache and Hypothesis's files."""
    return Folders(cache=cache_dir(), hypothesis=state_dir() / "hypothesis")


def solution_path(challenge: Challenge) -> Path:
    return workspace() / "solutions" / f"{challenge.module_name}.py"


def submission_file(challenge: Challenge, file: str | None) -> Path:
    """The file to grade, checked to be a readable regular file (a usage error if not)."""
    path = Path(file) if file else solution_path(challenge)
    if not path.exists():
        if file:
            raise SubmissionFileError(f"The file {file} does not exist.")
        raise SubmissionFileError(
            f"There is no solution at {path}. Run 'judge start {challenge.slug}' to create it."
        )
    if path.is_dir():
        raise SubmissionFileError(f"{path} is a directory, not a Python file.")
    if not os.access(path, os.R_OK):
        raise SubmissionFileError(f"The file {path} cannot be read (permission denied).")
    return path


def render_stub(challenge: Challenge) -> str:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined, keep_trailing_newline=True
    )
    template = env.get_template("solution.py.j2")
    stub = challenge.path("stub.py").read_text(encoding="utf-8")
    return template.render(challenge=challenge, stub=stub.rstrip() + "\n")


def is_untouched_stub(challenge: Challenge, content: bytes) -> bool:
    """The file is the stub as `judge start` (or a round, or a review) wrote it, or the
    package's raw stub.py: nothing has been written in it yet."""
    stubs = (render_stub(challenge).encode("utf-8"), challenge.path("stub.py").read_bytes())
    return content in stubs


def start_solution(challenge: Challenge) -> Path:
    """Write the stub to the workspace; refuse (and touch nothing) if a file is there."""
    path = solution_path(challenge)
    if path.exists():
        raise JudgeError(
            f"{path} already exists; your work was left untouched. "
            f"Edit it and run 'judge check {challenge.slug}'."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "x", encoding="utf-8") as handle:  # "x": never replaces, even in a race
        handle.write(render_stub(challenge))
    return path


def display_path(path: str | Path) -> str:
    """A path as the user reads it: relative to the workspace when it lies inside."""
    try:
        return Path(path).resolve().relative_to(workspace().resolve()).as_posix()
    except ValueError:
        return str(path)
