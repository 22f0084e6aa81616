"""Finding people's files in a cohort folder: who submitted what, read once, hashed.

Two layouts. Without a challenge, the folder holds one folder per person, each with files
named as in `solutions/` (`alice/max_subarray.py`): every such file is one entry. With a
challenge, it holds one file per person (`alice.py`), or a person's folder holding the
challenge's file (`alice/max_subarray.py`). Everything that is not gradable becomes an entry
with a note (a person folder with no recognisable file, a file that cannot be read, the
untouched stub) or a message about the folder itself (a stray file): never an exception
that stops the run. A file is read here, once, without following symbolic links and only
if it is a regular file (a link could point at the teacher's own secrets, a FIFO would hang
the run); its bytes and SHA-256 travel to the worker that grades it. Hidden entries and
`__pycache__` are skipped, and so is the output folder when it lies inside. This module
never grades and never writes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from judge.challenge.catalog import Challenge
from judge.practice import workspace

MAX_BYTES = 16 * 1024 * 1024  # a solution file; a larger one is a data file misnamed


@dataclass(frozen=True)
class Entry:
    """One person's file for one challenge, or why there is none to grade."""

    person: str
    challenge: str  # the slug; "" when no recognisable file was found
    file: str  # relative to the cohort folder, with "/"
    source: bytes | None = None
    sha256: str | None = None
    note: str | None = None  # why it is not graded; None: it is to be graded

    @property
    def key(self) -> tuple[str, str]:
        return (self.person, self.challenge)


@dataclass
class Cohort:
    root: Path
    entries: list[Entry] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)  # about the folder, not a person

    @property
    def gradable(self) -> list[Entry]:
        return [entry for entry in self.entries if entry.note is None]


def _skipped(path: Path, out: Path | None) -> bool:
    if path.name.startswith(".") or path.name == "__pycache__":
        return True
    if out is None:
        return False
    with contextlib.suppress(OSError):
        return path.resolve() == out.resolve()
    return False


def read_entry(root: Path, path: Path, person: str, challenge: Challenge) -> Entry:
    """Read one file safely into an entry (or an entry saying why it cannot be graded)."""
    file = path.relative_to(root).as_posix()

    def refused(note: str) -> Entry:
        return Entry(person, challenge.slug, file, note=note)

    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            return refused("a symbolic link, not followed; hand in the file itself")
        if not stat.S_ISREG(info.st_mode):
            return refused("not a regular file")
        if info.st_size > MAX_BYTES:
            return refused(f"too large to be a solution ({info.st_size:,} bytes)")
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        with os.fdopen(descriptor, "rb") as handle:
            source = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        return refused(f"cannot be read ({exc.strerror or exc})")
    if len(source) > MAX_BYTES:
        return refused("too large to be a solution")
    if workspace.is_untouched_stub(challenge, source):
        return refused("not started: the untouched stub")
    return Entry(person, challenge.slug, file, source, hashlib.sha256(source).hexdigest())


def _listing(folder: Path, out: Path | None) -> list[Path]:
    """Files first, then folders, each by name: a person's `alice.py` before `alice/`."""
    return sorted(
        (p for p in folder.iterdir() if not _skipped(p, out)), key=lambda p: (_is_folder(p), p.name)
    )


def _is_folder(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink()


def discover(
    root: Path, challenges: list[Challenge], only: Challenge | None = None, out: Path | None = None
) -> Cohort:
    """The cohort in `root`: per person, per challenge, one entry (see the module's text).
    `challenges` is the catalogue; `only` the challenge of the one-file-per-person layout."""
    cohort = Cohort(root)
    try:
        listing = _listing(root, out)
    except OSError as exc:
        cohort.messages.append(f"{root} cannot be listed ({exc.strerror or exc}).")
        return cohort
    by_file = {f"{c.module_name}.py": c for c in ([only] if only else challenges)}
    taken: dict[tuple[str, str], str] = {}

    def add(entry: Entry) -> None:
        if entry.challenge and entry.key in taken:
            cohort.messages.append(
                f"{entry.file} was not graded: {entry.person} already has "
                f"{taken[entry.key]} for {entry.challenge}."
            )
            return
        if entry.challenge:
            taken[entry.key] = entry.file
        cohort.entries.append(entry)

    for path in listing:
        if only is not None and path.suffix == ".py" and not _is_folder(path):
            add(read_entry(root, path, path.stem, only))
        elif _is_folder(path):
            _person_folder(root, path, by_file, out, add)
        elif path.is_symlink():
            cohort.messages.append(f"{path.name} is a symbolic link; it was not followed.")
        elif only is not None:
            cohort.messages.append(f"{path.name} is not a Python file; it was skipped.")
        else:
            cohort.messages.append(
                f"{path.name} is a file, not a person's folder; it was skipped (one file "
                "per person needs --challenge SLUG)."
            )
    return cohort


def _person_folder(root: Path, folder: Path, by_file: dict[str, Challenge], out, add) -> None:
    person = folder.name
    try:
        names = [p.name for p in _listing(folder, out)]
    except OSError as exc:
        add(Entry(person, "", folder.name, note=f"cannot be listed ({exc.strerror or exc})"))
        return
    found = [name for name in names if name in by_file]
    for name in found:
        add(read_entry(root, folder / name, person, by_file[name]))
    if not found:
        wanted = ", ".join(sorted(by_file)[:3]) + (", ..." if len(by_file) > 3 else "")
        seen = f"; it holds {', '.join(names[:5])}" if names else "; it is empty"
        add(
            Entry(person, "", f"{person}/", note=f"no file named as in solutions/ ({wanted}){seen}")
        )
