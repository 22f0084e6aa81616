"""Where things live on the user's machine: the workspace, its solutions, the state folder.

The workspace is the current directory (or $JUDGE_WORKSPACE); solutions are
`solutions/<folder>.py` in it; state (database, input cache) is `.judge/` in it, or
$JUDGE_STATE_DIR. `start_solution` is the only writer of solution files, and it never
replaces an existing one.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from judge.challenge.catalog import Challenge, shipped
from judge.errors import JudgeError, StateError, SubmissionFileError
from judge.grading.context import Folders

TEMPLATES = shipped("solutions_template")  # the repository's folder, or the installed copy


def workspace() -> Path:
    return Path(os.environ.get("JUDGE_WORKSPACE") or Path.cwd())


def state_dir() -> Path:
    override = os.environ.get("JUDGE_STATE_DIR")
    return Path(override) if override else workspace() / ".judge"


def cache_dir() -> Path:
    override = os.environ.get("JUDGE_CACHE_DIR")
    return Path(override) if override else state_dir() / "cache"


def grading_folders(salted: bool = True) -> Folders:
    """The folders a check may write: the input cache and Hypothesis's files; with the
    installation's input salt unless `salted` is False (`judge verify`: the same inputs
    everywhere, so an author's results reproduce on any machine)."""
    hypothesis = state_dir() / "hypothesis"
    return Folders(cache_dir(), hypothesis, input_salt() if salted else "")


def input_salt() -> str:
    """A random secret of this state folder, made once: the performance inputs derive from
    it, so a submission cannot know them beforehand. Workers cannot read the state folder."""
    path = state_dir() / "input-salt"
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        pass
    except (OSError, UnicodeDecodeError) as exc:
        raise StateError(f"The input salt {path} cannot be read: {exc}.") from None
    salt = secrets.token_hex(16)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "x", encoding="ascii") as handle:  # a racing writer's salt wins
            handle.write(salt + "\n")
        os.chmod(path, 0o600)
    except FileExistsError:
        return path.read_text(encoding="ascii").strip()
    except OSError as exc:
        raise StateError(f"The input salt {path} cannot be written: {exc.strerror}.") from None
    return salt


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
