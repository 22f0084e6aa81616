"""The challenge catalogue: discovering, validating and naming challenge packages.

A challenge is a folder under `challenges/` (see the README's "Adding a challenge"); this
module reads its `challenge.toml`, checks every field and file it relies on, and reports a
malformed package by file and field. It never imports a challenge's Python code: the grading
modules do that, each on its own side of the trust boundary.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from judge.errors import ChallengePackageError, UnknownChallenge

REQUIRED_FILES = ("challenge.toml", "README.md", "stub.py", "reference.py", "test_properties.py")
DIFFICULTIES = ("easy", "medium", "hard")
COMPARE_MODES = ("exact", "multiset", "approx", "accept")
MEMORY_METHODS = ("tracemalloc", "rss")
# What a performance tier limits, and the factor each kind uses unless the package says:
# the growth (a generous multiple of the reference) or, where vectorised code is the point,
# the constant factor (a small multiple of a vectorised reference).
LIMIT_KINDS = {"growth": 30, "vectorised": 5}


@dataclass(frozen=True)
class PerformanceSpec:
    sizes: list[int]
    factor: float  # limit = factor x reference time + floor (see README, "Time limits")
    floor_seconds: float
    seed: int
    repeats: int
    limit: str = "growth"  # a key of LIMIT_KINDS

    @property
    def limit_words(self) -> str:
        """The limit as the report states it."""
        kind = "vectorised reference" if self.limit == "vectorised" else "reference"
        return f"{self.factor:g}x the {kind} + {self.floor_seconds:g} s ({self.limit} limit)"


@dataclass(frozen=True)
class MemorySpec:
    title: str
    size: int
    budget_kb: int
    method: str
    required: bool
    seed: int
    seconds: float  # CPU allowed for the measured call

    @property
    def tier_title(self) -> str:
        """What reports and `# expect-tier:` pins call this tier."""
        return self.title + ("" if self.required else " (stretch)")


@dataclass(frozen=True)
class Challenge:
    slug: str
    folder: Path
    title: str
    difficulty: str
    tags: list[str]
    version: int
    source: str
    function: str
    signature: str
    compare: str  # a key of COMPARE_MODES
    read_only_inputs: bool
    call_seconds: float
    memory_mb: int
    file_size_mb: int
    max_examples: int
    performance: PerformanceSpec | None
    memory: list[MemorySpec]
    hints: list[str] = field(default_factory=list)
    rtol: float = 0.0  # compare = "approx": |got - expected| <= atol + rtol * |expected|
    atol: float = 0.0
    numpy: bool = False  # the worker imports numpy first; numpy scalars count as numbers

    @property
    def module_name(self) -> str:
        return self.folder.name

    def path(self, name: str) -> Path:
        return self.folder / name

    @property
    def statement(self) -> str:
        return self.path("README.md").read_text(encoding="utf-8")

    @property
    def harness_file(self) -> Path | None:
        harness = self.path("harness.py")
        return harness if harness.is_file() else None


def challenges_root() -> Path:
    """Where the catalogue lives: $JUDGE_CHALLENGES_DIR or the repository's challenges/."""
    override = os.environ.get("JUDGE_CHALLENGES_DIR")
    return Path(override) if override else Path(__file__).resolve().parents[2] / "challenges"


def folder_name(slug: str) -> str:
    return slug.strip().lower().replace("-", "_")


class _Fields:
    """Typed access to one TOML table that names the file and field at fault."""

    def __init__(self, table: dict[str, Any], where: str) -> None:
        self.table, self.where = table, where

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        if key not in self.table:
            if default is ...:
                raise ChallengePackageError(f"{self.where}: missing field '{key}'")
            return default
        value = self.table[key]
        wrong_bool = isinstance(value, bool) and bool not in (
            kind if isinstance(kind, tuple) else (kind,)
        )
        if not isinstance(value, kind) or wrong_bool:
            raise ChallengePackageError(
                f"{self.where}: field '{key}' must be {_kind_name(kind)}, not {value!r}"
            )
        return value

    def choice(self, key: str, options: tuple[str, ...], default: Any = ...) -> str:
        value = self.get(key, str, default)
        if value not in options:
            raise ChallengePackageError(
                f"{self.where}: field '{key}' must be one of {', '.join(options)}, not {value!r}"
            )
        return value

    def positive(self, key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        value = self.get(key, kind, default)
        if value <= 0:
            raise ChallengePackageError(f"{self.where}: field '{key}' must be positive")
        return value

    def table_of(self, key: str) -> _Fields | None:
        sub = self.get(key, dict, None)
        return None if sub is None else _Fields(sub, f"{self.where} [{key}]")


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if set(kinds) == {int, float}:
        return "a number"
    names = {int: "an integer", float: "a number", str: "a string", bool: "true or false"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def load_challenge(folder: Path) -> Challenge:
    """Read and validate one package; raise ChallengePackageError naming file and field."""
    for name in REQUIRED_FILES:
        if not (folder / name).is_file():
            raise ChallengePackageError(f"{folder}/{name}: required file is missing")
    toml_path = folder / "challenge.toml"
    try:
        data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ChallengePackageError(f"{toml_path}: not valid TOML ({exc})") from None
    top = _Fields(data, str(toml_path))
    slug = top.get("slug", str)
    if folder_name(slug) != folder.name:
        raise ChallengePackageError(
            f"{toml_path}: field 'slug' is {slug!r} but the folder is {folder.name!r}"
        )
    function = top.table_of("function")
    if function is None:
        raise ChallengePackageError(f"{toml_path}: missing table [function]")
    limits = top.table_of("limits") or _Fields({}, f"{toml_path} [limits]")
    compare = function.choice("compare", COMPARE_MODES, "exact")
    rtol, atol = _tolerances(function, compare)
    hints = top.get("hints", list, [])
    if not all(isinstance(h, str) and h.strip() for h in hints):
        raise ChallengePackageError(f"{toml_path}: field 'hints' must be a list of strings")
    return Challenge(
        slug=slug,
        folder=folder,
        title=top.get("title", str),
        difficulty=top.choice("difficulty", DIFFICULTIES),
        tags=top.get("tags", list, []),
        version=top.positive("version", int, 1),
        source=top.get("source", str, ""),
        function=function.get("name", str),
        signature=function.get("signature", str),
        compare=compare,
        read_only_inputs=function.get("read_only_inputs", bool, False),
        call_seconds=float(limits.positive("call_seconds", (int, float), 2.0)),
        memory_mb=limits.positive("memory_mb", int, 512),
        file_size_mb=limits.positive("file_size_mb", int, 64),
        max_examples=limits.positive("max_examples", int, 100),
        performance=_performance(top, folder),
        memory=_memory(data, toml_path),
        hints=hints,
        rtol=rtol,
        atol=atol,
        numpy=function.get("numpy", bool, False),
    )


def _tolerances(function: _Fields, compare: str) -> tuple[float, float]:
    """rtol and atol, as numpy.isclose reads them: required by (and only for) "approx"."""
    if compare != "approx":
        for key in ("rtol", "atol"):
            if key in function.table:
                raise ChallengePackageError(
                    f"{function.where}: field '{key}' only applies to compare = \"approx\""
                )
        return 0.0, 0.0
    tolerances = []
    for key in ("rtol", "atol"):
        value = float(function.get(key, (int, float)))
        if not 0 <= value < 1:
            raise ChallengePackageError(f"{function.where}: field '{key}' must be in [0, 1)")
        tolerances.append(value)
    if not any(tolerances):
        raise ChallengePackageError(
            f'{function.where}: rtol and atol are both 0: use compare = "exact"'
        )
    return tolerances[0], tolerances[1]


def _performance(top: _Fields, folder: Path) -> PerformanceSpec | None:
    perf = top.table_of("performance")
    if perf is None:
        return None
    if not (folder / "perf.py").is_file():
        raise ChallengePackageError(f"{folder}/perf.py: required by [performance] but missing")
    sizes = perf.get("sizes", list)
    if len(sizes) < 3 or not all(isinstance(n, int) and n > 0 for n in sizes):
        raise ChallengePackageError(f"{perf.where}: 'sizes' needs at least 3 positive integers")
    if sizes != sorted(set(sizes)):
        raise ChallengePackageError(f"{perf.where}: 'sizes' must be strictly increasing")
    limit = perf.choice("limit", tuple(LIMIT_KINDS), "growth")
    return PerformanceSpec(
        sizes=sizes,
        factor=float(perf.positive("factor", (int, float), LIMIT_KINDS[limit])),
        floor_seconds=float(perf.positive("floor_seconds", (int, float), 0.05)),
        seed=perf.get("seed", int, 1),
        repeats=perf.positive("repeats", int, 3),
        limit=limit,
    )


def _memory(data: dict[str, Any], toml_path: Path) -> list[MemorySpec]:
    tables = data.get("memory", [])
    if not isinstance(tables, list):
        raise ChallengePackageError(f"{toml_path}: 'memory' must be an array of tables [[memory]]")
    specs = []
    for index, table in enumerate(tables):
        mem = _Fields(table, f"{toml_path} [[memory]] #{index + 1}")
        specs.append(
            MemorySpec(
                title=mem.get("title", str),
                size=mem.positive("size", int),
                budget_kb=mem.positive("budget_kb", int),
                method=mem.choice("method", MEMORY_METHODS, "tracemalloc"),
                required=mem.get("required", bool, True),
                seed=mem.get("seed", int, 1),
                seconds=float(mem.positive("seconds", (int, float), 10.0)),
            )
        )
    return specs


def all_challenges(root: Path | None = None) -> list[Challenge]:
    """Every package under the root, validated, in a stable order (difficulty, then slug)."""
    root = root or challenges_root()
    folders = sorted(p for p in root.iterdir() if (p / "challenge.toml").is_file())
    found = [load_challenge(p) for p in folders]
    return sorted(found, key=lambda c: (DIFFICULTIES.index(c.difficulty), c.slug))


def find_challenge(slug: str, root: Path | None = None) -> Challenge:
    """Resolve a slug given with hyphens or underscores; suggest close names when unknown."""
    root = root or challenges_root()
    folder = root / folder_name(slug)
    if folder_name(slug) and (folder / "challenge.toml").is_file():
        return load_challenge(folder)
    known = sorted(p.parent.name.replace("_", "-") for p in root.glob("*/challenge.toml"))
    close = difflib.get_close_matches(slug.strip().lower().replace("_", "-"), known, n=3)
    hint = f" Did you mean {' or '.join(close)}?" if close else " Run 'judge list' to see them."
    raise UnknownChallenge(f"There is no challenge called '{slug}'.{hint}")
