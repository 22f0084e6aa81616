"""The challenge catalogue: where packages live, discovering, validating and naming them.

A challenge is a folder (see the README's "Adding a challenge"); this module finds the
folders that hold packages (the roots: the catalogue shipped with judge, plus the folders
`$JUDGE_CHALLENGE_PATH` and `judge.challenges` entry points name, or `$JUDGE_CHALLENGES_DIR`
alone), reads each package's `challenge.toml`, checks every field and file it relies on,
and reports every mistake of a malformed package by file and field, not just the first.
It never imports a challenge's Python code: the grading modules and `judge.challenge.lint`
do that, on the trusted side of the trust boundary.
"""

from __future__ import annotations

import difflib
import functools
import os
import tomllib
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path
from types import ModuleType
from typing import Any

from judge.errors import ChallengePackageError, UnknownChallenge

REQUIRED_FILES = ("challenge.toml", "README.md", "stub.py", "reference.py", "test_properties.py")
DIFFICULTIES = ("easy", "medium", "hard")
COMPARE_MODES = ("exact", "multiset", "approx", "accept")
# The two halves of the guide. A package says which it belongs to with `part`; without it,
# one tagged with any of MACHINE_LEARNING_TAGS belongs to the machine-learning half.
PARTS = ("puzzles", "machine learning")
MACHINE_LEARNING_TAGS = {"statistics", "probability", "machine learning", "features", "sampling"}
MEMORY_METHODS = ("tracemalloc", "rss")
# What a performance tier limits, and the factor each kind uses unless the package says:
# the growth (a generous multiple of the reference) or, where vectorised code is the point,
# the constant factor (a small multiple of a vectorised reference).
LIMIT_KINDS = {"growth": 30, "vectorised": 5}

# Arguments every generator gets first (see judge.challenge.inputs); params cannot reuse them.
GENERATOR_ARGUMENTS = ("size", "rng", "folder")

CHALLENGES_DIR_ENV = "JUDGE_CHALLENGES_DIR"  # this folder only (tests, a private catalogue)
CHALLENGE_PATH_ENV = "JUDGE_CHALLENGE_PATH"  # extra folders, os.pathsep-separated
ENTRY_POINT_GROUP = "judge.challenges"  # installed challenge packs: each names a folder


@dataclass(frozen=True)
class Problem:
    """One author mistake: the file at fault and `what is wrong; what to do`."""

    path: Path
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.message}"


class InvalidPackage(ChallengePackageError):
    """A package (or the catalogue) has mistakes; `problems` lists every one."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class PerformanceSpec:
    sizes: list[int]
    factor: float  # limit = factor x reference time + floor (see README, "Time limits")
    floor_seconds: float
    seed: int
    repeats: int
    params: dict[str, Any] = field(default_factory=dict)  # for every size
    size_params: dict[str, list[Any]] = field(default_factory=dict)  # one value per size
    limit: str = "growth"  # a key of LIMIT_KINDS

    @property
    def limit_words(self) -> str:
        """The limit as the report states it."""
        kind = "vectorised reference" if self.limit == "vectorised" else "reference"
        return f"{self.factor:g}x the {kind} + {self.floor_seconds:g} s ({self.limit} limit)"

    def params_at(self, size: int) -> dict[str, Any]:
        """The keywords `generate` gets at this size: `params`, plus this size's values. A
        size not in `sizes` (the growth fit times a stopped run at sizes in between) takes
        the values of the next listed size up, so the sizes of one fit share one shape."""
        index = next((i for i, n in enumerate(self.sizes) if n >= size), len(self.sizes) - 1)
        return {**self.params, **{k: v[index] for k, v in self.size_params.items()}}


@dataclass(frozen=True)
class MemorySpec:
    title: str
    size: int
    budget_kb: int
    method: str
    required: bool
    seed: int
    seconds: float  # CPU allowed for the measured call
    params: dict[str, Any] = field(default_factory=dict)  # the keywords `generate` gets
    growth_sizes: list[int] = field(default_factory=list)  # smaller sizes, for growth words

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
    compare: str
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
    part: str = "puzzles"  # a key of PARTS

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


# -- Where packages live --------------------------------------------------------------------


def shipped(name: str) -> Path:
    """A folder that ships with judge (`challenges`, `solutions_template`).

    A wheel carries the repository's top-level folder inside the package, as
    `judge/_data/<name>` (see setup.py); a source checkout or an editable install has no
    `_data`, and uses the repository's folder itself, the one authors edit.
    """
    installed = Path(str(resources.files("judge").joinpath("_data", name)))
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / name


def challenge_roots() -> list[Path]:
    """The folders whose sub-folders are challenge packages, in order, each once.

    `$JUDGE_CHALLENGES_DIR` alone when it is set; otherwise judge's own catalogue, then the
    folders of `$JUDGE_CHALLENGE_PATH`, then those of installed `judge.challenges` entry
    points. A root that is not a folder is a mistake of whoever named it, said as such.
    """
    override = os.environ.get(CHALLENGES_DIR_ENV)
    if override:
        named = [(Path(override), f"${CHALLENGES_DIR_ENV}")]
    else:
        named = [(shipped("challenges"), "")]
        extra = os.environ.get(CHALLENGE_PATH_ENV, "")
        named += [(Path(p), f"${CHALLENGE_PATH_ENV}") for p in extra.split(os.pathsep) if p]
        named += _entry_point_roots()
    roots: list[Path] = []
    seen: set[Path] = set()
    for path, source in named:
        if not path.is_dir() and not source:
            raise ChallengePackageError(
                f"{path}: judge's own catalogue is missing; reinstall judge."
            )
        if not path.is_dir():
            raise ChallengePackageError(
                f"{path}: named by {source} as a folder of challenges, but it is not a folder."
            )
        if path.resolve() not in seen:
            seen.add(path.resolve())
            roots.append(path)
    return roots


@functools.cache  # installed distributions do not change while judge runs
def _entry_point_roots() -> list[tuple[Path, str]]:
    """Folders named by `judge.challenges` entry points: each resolves to a path (a string
    or `Path`), to a package whose folder holds the challenges, or to a function returning
    one of those."""
    found = []
    for entry in metadata.entry_points(group=ENTRY_POINT_GROUP):
        source = f"the entry point '{entry.name} = {entry.value}' (group {ENTRY_POINT_GROUP})"
        try:
            target = entry.load()
            if callable(target) and not isinstance(target, ModuleType):
                target = target()
            if isinstance(target, ModuleType):  # a package: its folder
                locations = list(getattr(target, "__path__", []))
                target = locations[0] if locations else Path(str(target.__file__)).parent
            path = Path(target)
        except Exception as exc:  # a third party's broken pack: say whose, never crash
            raise ChallengePackageError(
                f"{source} could not be resolved to a folder ({type(exc).__name__}: {exc}); "
                "fix or uninstall the package that declares it."
            ) from None
        found.append((path, source))
    return found


def folder_name(slug: str) -> str:
    return slug.strip().lower().replace("-", "_")


# -- Reading one package --------------------------------------------------------------------


class _Fields:
    """Typed access to one TOML table; each mistake is recorded (file, table and field),
    and reading goes on, so that one pass finds them all. A bad value reads as None."""

    def __init__(self, table: dict[str, Any], path: Path, label: str, problems: list) -> None:
        self.table, self.path, self.label, self.problems = table, path, label, problems

    def fail(self, message: str) -> None:
        where = f"{self.label} " if self.label else ""
        self.problems.append(Problem(self.path, where + message))

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        if key not in self.table:
            if default is ...:
                self.fail(f"missing field '{key}'; add it")
                return None
            return default
        value = self.table[key]
        wrong_bool = isinstance(value, bool) and bool not in (
            kind if isinstance(kind, tuple) else (kind,)
        )
        if not isinstance(value, kind) or wrong_bool:
            self.fail(f"field '{key}' must be {_kind_name(kind)}, not {value!r}")
            return None
        return value

    def choice(self, key: str, options: tuple[str, ...], default: Any = ...) -> str | None:
        value = self.get(key, str, default)
        if value is not None and value not in options:
            self.fail(f"field '{key}' must be one of {', '.join(options)}, not {value!r}")
            return None
        return value

    def positive(self, key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        value = self.get(key, kind, default)
        if value is not None and value <= 0:
            self.fail(f"field '{key}' must be positive, not {value!r}")
            return None
        return value

    def table_of(self, key: str, label: str) -> _Fields | None:
        sub = self.get(key, dict, None)
        return None if sub is None else _Fields(sub, self.path, label, self.problems)

    def params(self, key: str = "params") -> dict[str, Any]:
        """A table of keyword arguments for perf.py's `generate`."""
        table = self.get(key, dict, {}) or {}
        for name in table:
            if not name.isidentifier() or name in GENERATOR_ARGUMENTS:
                self.fail(
                    f"'{key}' has the key {name!r}, which cannot be a keyword argument of "
                    f"generate; use a Python name other than {', '.join(GENERATOR_ARGUMENTS)}"
                )
        return table


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if set(kinds) == {int, float}:
        return "a number"
    names = {
        int: "an integer",
        float: "a number",
        str: "a string",
        bool: "true or false",
        list: "a list",
        dict: "a table",
    }
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def load_challenge(folder: Path) -> Challenge:
    """Read and validate one package; raise InvalidPackage listing every mistake found."""
    missing = [name for name in REQUIRED_FILES if not (folder / name).is_file()]
    problems = [
        Problem(folder / name, "required file is missing; add it (see 'Adding a challenge')")
        for name in missing
    ]
    toml_path = folder / "challenge.toml"
    if "challenge.toml" in missing:
        raise InvalidPackage(problems)
    try:
        data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InvalidPackage([*problems, Problem(toml_path, f"not valid TOML ({exc})")]) from None
    top = _Fields(data, toml_path, "", problems)
    slug = top.get("slug", str)
    if slug is not None and folder_name(slug) != folder.name:
        top.fail(
            f"field 'slug' is {slug!r} but the folder is {folder.name!r}; the folder must be "
            "the slug with underscores for hyphens"
        )
    function = top.table_of("function", "[function]")
    if function is None and "function" not in data:
        top.fail("missing table [function]; add it with 'name' and 'signature'")
    function = function or _Fields({}, toml_path, "[function]", [])
    limits = top.table_of("limits", "[limits]") or _Fields({}, toml_path, "[limits]", problems)
    hints = top.get("hints", list, [])
    if hints is not None and not all(isinstance(h, str) and h.strip() for h in hints):
        top.fail("field 'hints' must be a list of strings")
    compare = function.choice("compare", COMPARE_MODES, "exact")
    rtol, atol = _tolerances(function, compare)
    challenge = dict(
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
        call_seconds=limits.positive("call_seconds", (int, float), 2.0),
        memory_mb=limits.positive("memory_mb", int, 512),
        file_size_mb=limits.positive("file_size_mb", int, 64),
        max_examples=limits.positive("max_examples", int, 100),
        performance=_performance(top, folder),
        memory=_memory(data, toml_path, problems),
        hints=hints,
        rtol=rtol,
        atol=atol,
        numpy=function.get("numpy", bool, False),
        part=top.choice("part", PARTS, _default_part(top.table.get("tags"))),
    )
    if problems:
        raise InvalidPackage(problems)
    challenge["call_seconds"] = float(challenge["call_seconds"])
    return Challenge(**challenge)


def _default_part(tags: Any) -> str:
    tagged = (
        set(tags) if isinstance(tags, list) and all(isinstance(t, str) for t in tags) else set()
    )
    return "machine learning" if tagged & MACHINE_LEARNING_TAGS else "puzzles"


def _tolerances(function: _Fields, compare: str | None) -> tuple[float, float]:
    """rtol and atol, as numpy.isclose reads them: required by (and only for) "approx"."""
    if compare != "approx":
        for key in ("rtol", "atol"):
            if key in function.table:
                function.fail(f"field '{key}' only applies to compare = \"approx\"; remove it")
        return 0.0, 0.0
    tolerances = []
    for key in ("rtol", "atol"):
        value = function.get(key, (int, float))
        if value is not None and not 0 <= value < 1:
            function.fail(f"field '{key}' must be in [0, 1), not {value!r}")
        tolerances.append(float(value or 0.0))
    if not any(tolerances):
        function.fail('rtol and atol are both 0: use compare = "exact"')
    return tolerances[0], tolerances[1]


def _performance(top: _Fields, folder: Path) -> PerformanceSpec | None:
    perf = top.table_of("performance", "[performance]")
    if perf is None:
        return None
    if not (folder / "perf.py").is_file():
        perf.problems.append(
            Problem(folder / "perf.py", "required by [performance] but missing; add it")
        )
    sizes = perf.get("sizes", list)
    if sizes is None:
        sizes = []
    elif len(sizes) < 3 or not all(isinstance(n, int) and n > 0 for n in sizes):
        perf.fail("'sizes' needs at least 3 positive integers")
    elif sizes != sorted(set(sizes)):
        perf.fail("'sizes' must be strictly increasing")
    params = perf.params()
    size_params = perf.params("size_params")
    for name, values in size_params.items():
        if not isinstance(values, list):
            perf.fail(f"'size_params' {name!r} must be a list, with one value per size")
        elif len(values) != len(sizes):
            perf.fail(
                f"'size_params' {name!r} has {len(values)} values but 'sizes' has "
                f"{len(sizes)}; give one value per size, in the order of 'sizes'"
            )
        if name in params:
            perf.fail(f"{name!r} is in both 'params' and 'size_params'; keep one")
    limit = perf.choice("limit", tuple(LIMIT_KINDS), "growth") or "growth"
    return PerformanceSpec(
        sizes=sizes,
        factor=float(perf.positive("factor", (int, float), LIMIT_KINDS[limit]) or 0),
        floor_seconds=float(perf.positive("floor_seconds", (int, float), 0.05) or 0),
        seed=perf.get("seed", int, 1),
        repeats=perf.positive("repeats", int, 3),
        params=params,
        size_params=size_params,
        limit=limit,
    )


def _memory(data: dict[str, Any], toml_path: Path, problems: list[Problem]) -> list[MemorySpec]:
    tables = data.get("memory", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        problems.append(Problem(toml_path, "'memory' must be an array of tables [[memory]]"))
        return []
    specs = []
    for index, table in enumerate(tables):
        mem = _Fields(table, toml_path, f"[[memory]] #{index + 1}", problems)
        specs.append(
            MemorySpec(
                title=mem.get("title", str),
                size=mem.positive("size", int),
                budget_kb=mem.positive("budget_kb", int),
                method=mem.choice("method", MEMORY_METHODS, "tracemalloc"),
                required=mem.get("required", bool, True),
                seed=mem.get("seed", int, 1),
                seconds=float(mem.positive("seconds", (int, float), 10.0) or 0),
                params=mem.params(),
                growth_sizes=_growth_sizes(mem),
            )
        )
    return specs


def _growth_sizes(mem: _Fields) -> list[int]:
    """Sizes below `size` where the tier also measures, to say how memory grows with n."""
    sizes = mem.get("growth_sizes", list, [])
    size = mem.table.get("size")
    if sizes is None:
        return []
    if not all(isinstance(n, int) and n > 0 for n in sizes) or sizes != sorted(set(sizes)):
        mem.fail("'growth_sizes' must be increasing positive integers")
        return []
    if isinstance(size, int) and sizes and sizes[-1] >= size:
        mem.fail("'growth_sizes' must all be below 'size' (the size that is graded)")
    if sizes and mem.table.get("method") == "rss":
        # The growth sizes are measured in the workers that ran the graded size: a process's
        # resident memory after a larger call hides a smaller call's (it reuses those pages),
        # while tracemalloc counts each call's own allocations.
        mem.fail("'growth_sizes' needs method = \"tracemalloc\"")
    return sizes


# -- The catalogue --------------------------------------------------------------------------


@dataclass
class Catalogue:
    """Every package found: the valid ones, and every problem of the others."""

    challenges: list[Challenge]
    problems: list[Problem]


def _package_folders(roots: list[Path], problems: list[Problem]) -> list[Path]:
    """Sub-folders that are packages, each name once: a name in two roots is a problem."""
    by_name: dict[str, list[Path]] = {}
    for root in roots:
        for path in sorted(root.iterdir()):
            if not path.is_dir() or path.name.startswith((".", "_")):
                continue
            if (path / "challenge.toml").is_file():
                by_name.setdefault(path.name, []).append(path)
            elif (path / "reference.py").is_file() or (path / "test_properties.py").is_file():
                problems.append(
                    Problem(
                        path / "challenge.toml",
                        "missing, so this folder is not a challenge; add it "
                        "(copy one from another challenge), or move the folder away",
                    )
                )
    for name, paths in by_name.items():
        if len(paths) > 1:
            problems.append(_duplicate(name, paths))
    return [paths[0] for paths in by_name.values() if len(paths) == 1]


def _duplicate(name: str, paths: list[Path]) -> Problem:
    others = " and ".join(str(p) for p in paths[1:])
    return Problem(
        paths[0],
        f"the challenge '{name.replace('_', '-')}' is also in {others}; rename or remove "
        "one of them (a challenge's folder name is its slug)",
    )


def scan(root: Path | None = None) -> Catalogue:
    """Every package of every root (or of `root` alone), loaded one by one: a broken
    package is listed in `problems` and never stops the others from loading."""
    problems: list[Problem] = []
    found = []
    for folder in _package_folders([root] if root else challenge_roots(), problems):
        try:
            found.append(load_challenge(folder))
        except InvalidPackage as exc:
            problems.extend(exc.problems)
    found.sort(key=lambda c: (DIFFICULTIES.index(c.difficulty), c.slug))
    return Catalogue(found, problems)


def all_challenges(root: Path | None = None) -> list[Challenge]:
    """Every package, validated, in a stable order (difficulty, then slug); any mistake in
    any package is an error (`judge verify` lists them all)."""
    catalogue = scan(root)
    if catalogue.problems:
        raise InvalidPackage(catalogue.problems)
    return catalogue.challenges


def find_challenge(slug: str, root: Path | None = None) -> Challenge:
    """Resolve a slug given with hyphens or underscores; suggest close names when unknown."""
    roots = [root] if root else challenge_roots()
    name = folder_name(slug)
    plain = bool(name) and Path(name).name == name and not name.startswith(".")
    folders = [r / name for r in roots if plain and (r / name / "challenge.toml").is_file()]
    if len(folders) > 1:
        raise InvalidPackage([_duplicate(name, folders)])
    if folders:
        return load_challenge(folders[0])
    known = sorted(
        {p.parent.name.replace("_", "-") for r in roots for p in r.glob("*/challenge.toml")}
    )
    close = difflib.get_close_matches(slug.strip().lower().replace("_", "-"), known, n=3)
    hint = f" Did you mean {' or '.join(close)}?" if close else " Run 'judge list' to see them."
    raise UnknownChallenge(f"There is no challenge called '{slug}'.{hint}")
