"""`judge verify`: proves a challenge package discriminates, the way its author needs.

For each challenge: the package is valid, the reference gets AC on every tier (stretch ones
too), the untouched stub does not get AC, and every file under `samples/<verdict>/` gets the
verdict its folder names. A sample may also pin one tier with a line
`# expect-tier: <tier title> = <VERDICT>` (used for stretch tiers, which never change the
overall verdict). Checks can run in parallel processes: time limits are measured as CPU
time against a reference timed in the same process, so a busy neighbour does not flip them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from judge.challenge.catalog import Challenge, find_challenge
from judge.grading.check import check, plan
from judge.grading.context import Folders
from judge.grading.results import CheckResult
from judge.verdicts import Verdict

SAMPLE_FOLDERS = {
    "accepted": Verdict.AC,
    "wrong_answer": Verdict.WA,
    "time_limit": Verdict.TLE,
    "memory_limit": Verdict.MLE,
    "runtime_error": Verdict.RE,
    "compile_error": Verdict.CE,
}
TIER_PIN = re.compile(r"^#\s*expect-tier:\s*(.+?)\s*=\s*([A-Z]+)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Case:
    slug: str
    file: Path
    label: str  # "reference", "stub", or the sample's path inside the package
    want: str  # "AC", "WA", ... or "not AC"
    tier_pins: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Row:
    case: Case
    got: str
    ok: bool
    detail: str
    seconds: float


def tier_pins(path: Path) -> tuple[tuple[str, str], ...]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ()
    return tuple((title, verdict) for title, verdict in TIER_PIN.findall(text))


def cases(challenge: Challenge) -> Iterator[Case]:
    """What to check for one package, in a stable order."""
    reference = challenge.path("reference.py")
    all_tiers = tuple((t.title, "AC") for t in plan(challenge))
    yield Case(challenge.slug, reference, "reference", "AC", all_tiers)
    yield Case(challenge.slug, challenge.path("stub.py"), "stub", "not AC")
    samples = challenge.path("samples")
    unknown = [p for p in samples.iterdir() if p.is_dir() and p.name not in SAMPLE_FOLDERS]
    if unknown:
        names = ", ".join(sorted(p.name for p in unknown))
        raise ValueError(f"{samples}: unknown sample folders {names}")
    for folder, verdict in SAMPLE_FOLDERS.items():
        for path in sorted((samples / folder).glob("*.py")):
            label = str(path.relative_to(challenge.folder))
            yield Case(challenge.slug, path, label, verdict.value, tier_pins(path))


def judge_case(case: Case, folders: Folders) -> Row:
    """Grade one case and compare with what it must get (runs in a pool process)."""
    result: CheckResult = check(find_challenge(case.slug), case.file, folders)
    got = result.verdict.value
    ok = got != "AC" if case.want == "not AC" else got == case.want
    problems = []
    tiers = {t.title: t for t in result.tiers}
    for title, want in case.tier_pins:
        tier = tiers.get(title)
        tier_got = tier.verdict.value if tier and tier.verdict else "not run"
        if tier_got != want:
            problems.append(f"{title}: {tier_got}, want {want}")
    failing = next((t for t in result.tiers if t.failure), None)
    detail = "; ".join(problems)
    if not detail and failing and failing.failure:
        detail = f"{failing.title}: {failing.failure.message}"
    return Row(case, got, ok and not problems, detail, result.seconds)


def verify(challenges: list[Challenge], folders: Folders, jobs: int = 1) -> Iterator[Row]:
    """Rows in a stable order, yielded as they are ready."""
    todo = [case for challenge in challenges for case in cases(challenge)]
    run = functools.partial(judge_case, folders=folders)
    if jobs <= 1:
        yield from map(run, todo)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(run, todo)
