"""The learner's aids around one challenge: progressive hints, the reference solution once it
has been earned, putting the stub back, and which challenge to solve next.

Hints come one at a time, in the order the challenge's author wrote them, and each one shown is
recorded (`Store.record_hint`) so that history can tell a solve with help from one without.
The reference is shown only after a graded attempt (or when forced), and each showing is
recorded. Both are locked during a timed round. `reset_solution` is, with
`workspace.start_solution`, the only writer of solution files: it never loses a byte of the
user's work, because the old file is copied to `solutions/.backup/` before the stub replaces it.
This module never grades and never prints.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from judge.challenge.catalog import DIFFICULTIES, Challenge
from judge.errors import JudgeError, SubmissionFileError
from judge.practice import rounds, workspace
from judge.practice.store import Status, Store

BACKUP_FOLDER = ".backup"


class LockedDuringRound(JudgeError):
    pass


@dataclass(frozen=True)
class Hint:
    number: int  # 1-based, as the user counts
    total: int
    text: str
    repeated: bool  # every hint was already shown: this is the last one again

    @property
    def last(self) -> bool:
        return self.number == self.total


@dataclass(frozen=True)
class Reset:
    path: Path
    backup: Path | None  # None: the file already was the untouched stub, nothing changed


def refuse_during_round(db: Store, what: str) -> None:
    """The single place where help is locked while a timed round runs."""
    if rounds.active_round(db) is not None:
        raise LockedDuringRound(
            f"{what} locked while a timed round is running; they come back when it ends."
        )


def next_hint(db: Store, challenge: Challenge) -> Hint:
    """The first hint not shown yet (recorded as used), or the last one again."""
    refuse_during_round(db, "Hints are")
    total = len(challenge.hints)
    if not total:
        raise JudgeError(f"The challenge {challenge.slug} has no hints.")
    used = db.hints_used(challenge.slug)
    if used >= total:  # seen again: a view the review schedule counts, not a new hint
        db.record_hint(challenge.slug, total - 1)
        return Hint(total, total, challenge.hints[-1], repeated=True)
    db.record_hint(challenge.slug, used)
    return Hint(used + 1, total, challenge.hints[used], repeated=False)


def reveal_reference(db: Store, challenge: Challenge, force: bool = False) -> str:
    """The reference solution's text (its docstring explains it), recorded as revealed."""
    refuse_during_round(db, "Reference solutions are")
    if not force and not db.attempts(challenge.slug):
        raise JudgeError(
            f"The reference for {challenge.slug} is shown after your first graded attempt: "
            f"run 'judge check {challenge.slug}' first (or add --force to see it now)."
        )
    text = challenge.path("reference.py").read_text(encoding="utf-8")
    db.record_reveal(challenge.slug)
    return text


def reset_solution(challenge: Challenge) -> Reset:
    """Put the stub back in the solution file, after copying the old file to a backup."""
    path = workspace.solution_path(challenge)
    if not path.is_file():
        raise SubmissionFileError(
            f"There is no solution at {path} to reset. "
            f"Run 'judge start {challenge.slug}' to create it."
        )
    stub = workspace.render_stub(challenge).encode("utf-8")
    old = path.read_bytes()
    if old == stub:
        return Reset(path, backup=None)
    try:
        backup = _write_backup(path, old)
    except OSError as exc:
        raise JudgeError(
            f"The backup of {path} could not be written ({exc.strerror}); "
            "your file was left untouched."
        ) from None
    _replace_atomically(path, stub)
    return Reset(path, backup)


def files_to_reset(challenges: list[Challenge]) -> list[Path]:
    """The solution files that `reset_all` would put the stub back in (not the stubs)."""
    found = []
    for challenge in challenges:
        path = workspace.solution_path(challenge)
        try:
            if path.is_file() and not workspace.is_untouched_stub(challenge, path.read_bytes()):
                found.append(path)
        except OSError:  # unreadable: reset_solution will say so
            found.append(path)
    return found


def reset_all(challenges: list[Challenge]) -> Iterator[Reset]:
    """`reset_solution` for every challenge with a solution file, one at a time: a failure
    stops there, after the ones before it were done (each with its backup)."""
    for challenge in challenges:
        if workspace.solution_path(challenge).is_file():
            done = reset_solution(challenge)
            if done.backup is not None:
                yield done


def _write_backup(path: Path, content: bytes) -> Path:
    """solutions/.backup/<name>.<YYYYmmdd-HHMMSS>[-N].py, never replacing an older backup."""
    folder = path.parent / BACKUP_FOLDER
    folder.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for counter in range(1, 1000):
        suffix = "" if counter == 1 else f"-{counter}"
        backup = folder / f"{path.stem}.{stamp}{suffix}{path.suffix}"
        try:
            with open(backup, "xb") as handle:  # "x": two resets in one second keep both
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())  # on disk before the original is replaced
            return backup
        except FileExistsError:
            continue
    raise FileExistsError(17, "too many backups with the same time stamp", str(folder))


def _replace_atomically(path: Path, content: bytes) -> None:
    """Readers (an editor, `judge watch`) see the old file or the new one, never half."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def unsolved(challenges: list[Challenge], statuses: dict[str, Status]) -> list[Challenge]:
    """Challenges without a full accepted check, easiest first, then by slug."""
    open_ones = [c for c in challenges if not (c.slug in statuses and statuses[c.slug].solved)]
    return sorted(open_ones, key=lambda c: (DIFFICULTIES.index(c.difficulty), c.slug))


def next_challenge(challenges: list[Challenge], statuses: dict[str, Status]) -> Challenge | None:
    """What to solve next: the first unsolved challenge, or None when all are solved."""
    remaining = unsolved(challenges, statuses)
    return remaining[0] if remaining else None


# `judge list --status`: what a challenge's status is called; "solved" includes "due".
STATUSES = ("not-started", "attempted", "solved", "due")


def status_label(status: Status, due: bool) -> str:
    """not started, attempted, solved, or due (solved, and due for review)."""
    return "due" if due else status.label


def select(
    challenges: list[Challenge],
    statuses: dict[str, Status],
    due: set[str],
    tags: Sequence[str] = (),
    difficulties: Sequence[str] = (),
    wanted: Sequence[str] = (),
) -> list[Challenge]:
    """The challenges that pass every filter given (each filter: any of its values)."""
    known = {tag.lower() for c in challenges for tag in c.tags}
    unknown = [tag for tag in tags if tag.lower() not in known]
    if unknown:
        raise JudgeError(
            f"No challenge has the tag '{unknown[0]}'; the tags are: {', '.join(sorted(known))}."
        )
    tags_wanted = {tag.lower() for tag in tags}

    def state(challenge: Challenge) -> set[str]:
        status = statuses.get(challenge.slug)
        if status is None or not status.attempts:
            return {"not-started"}
        if not status.solved:
            return {"attempted"}
        return {"solved", "due"} if challenge.slug in due else {"solved"}

    return [
        c
        for c in challenges
        if (not tags_wanted or tags_wanted & {t.lower() for t in c.tags})
        and (not difficulties or c.difficulty in difficulties)
        and (not wanted or set(wanted) & state(c))
    ]
