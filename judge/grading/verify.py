"""`judge verify`: proves a challenge package discriminates, the way its author needs.

First every package is loaded and checked without grading anything (`judge.challenge.lint`):
every mistake an author can make in the files (challenge.toml, samples/, EXAMPLES, the
property tests, perf.py's params, the README's examples) is collected, for all packages,
before any sample runs, and a broken package never stops the others. Then, for each sound
package: the reference gets AC on every tier (stretch ones too), the untouched stub does
not get AC, and every file under `samples/<verdict>/` gets the verdict its folder names. A
sample may also pin one tier with a line `# expect-tier: <tier title> = <VERDICT>` (used for
stretch tiers, which never change the overall verdict). Checks can run in parallel
processes: time limits are measured as CPU time against a reference timed in the same
process, so a busy neighbour does not flip them.
"""

from __future__ import annotations

import functools
import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from judge.challenge import lint
from judge.challenge.catalog import Challenge, InvalidPackage, Problem, find_challenge, scan
from judge.challenge.lint import SAMPLE_FOLDERS, tier_pins
from judge.grading.check import check, plan
from judge.grading.context import Folders
from judge.grading.results import CheckResult


@dataclass(frozen=True)
class Packages:
    """What `prepare` found: the sound packages, and every problem of the others."""

    sound: list[Challenge]
    problems: list[Problem]


def prepare(slugs: Sequence[str] = ()) -> Packages:
    """Load and check the packages named (all of them when none is): nothing is graded.
    An unknown slug is the caller's usage error (UnknownChallenge); a broken package is
    reported in `problems` and left out of `sound`."""
    problems: list[Problem] = []
    loaded: list[Challenge] = []
    if slugs:
        for slug in dict.fromkeys(slugs):
            try:
                loaded.append(find_challenge(slug))
            except InvalidPackage as exc:
                problems.extend(exc.problems)
    else:
        catalogue = scan()
        loaded, problems = catalogue.challenges, list(catalogue.problems)
    sound = []
    for challenge in loaded:
        found = lint.check_package(challenge, [tier.title for tier in plan(challenge)])
        problems.extend(found)
        if not found:
            sound.append(challenge)
    return Packages(sound, problems)


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


def cases(challenge: Challenge) -> Iterator[Case]:
    """What to check for one package, in a stable order."""
    reference = challenge.path("reference.py")
    all_tiers = tuple((t.title, "AC") for t in plan(challenge))
    yield Case(challenge.slug, reference, "reference", "AC", all_tiers)
    yield Case(challenge.slug, challenge.path("stub.py"), "stub", "not AC")
    samples = challenge.path("samples")  # its layout was checked by `prepare`
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
    why = [f"{failing.title}: {failing.failure.message}"] if failing and failing.failure else []
    detail = "; ".join(problems + why)  # why, also where a pinned tier got the wrong verdict
    return Row(case, got, ok and not problems, detail, result.seconds)


def verify(challenges: list[Challenge], folders: Folders, jobs: int = 1) -> Iterator[Row]:
    """Rows in a stable order, yielded as they are ready."""
    todo = [case for challenge in challenges for case in cases(challenge)]
    run = functools.partial(judge_case, folders=folders)
    if jobs <= 1:
        yield from map(run, todo)
        return
    # Spawned, not forked: a fork of a process with threads (the probe of the sandbox, the
    # output collectors) can inherit a held lock and hang for ever.
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=multiprocessing.get_context("spawn")
    ) as pool:
        yield from pool.map(run, todo)
