"""`make bench`, second part: how often the growth words name the true complexity class.

Every accepted and time-limit sample that states its class in a `# complexity: O(...)` line,
of every challenge with a performance tier (the others time nothing), in the catalogue
(challenges/) and in the bench's own packages (tests/bench_challenges/, samples written in
one class each, some of them hiding their cost in C: `sum(range(n))`, `list.pop(0)`), gets a
full `judge check --json`. A sample is a hit when the classes the performance tier's growth
fit supports (`growth.submission_classes`, one class or two tied neighbours) include the
class it states. The table shows each sample's verdict, stated class, measured words and hit
or miss; then the share of hits, overall, per source and per class.

A measurement, not a pass/fail test: it exits 0 whatever the share, and 1 only when a check
could not be run or read (which would make the share meaningless). `--jobs 2` at most: the
machine has two cores and the timings are what is measured. `--keep DIR` writes each check's
JSON there (sizes and times, for looking into a miss).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import tomllib
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {  # where the samples come from, and the folder JUDGE_CHALLENGES_DIR names for them
    "catalogue": ROOT / "challenges",
    "hidden": ROOT / "tests" / "bench_challenges",
}
FOLDERS = ("accepted", "time_limit")
MAX_JOBS = 2


@dataclass
class Case:
    source: str
    slug: str
    sample: Path
    stated: str  # the class its `# complexity:` line names, as judge reads it


@dataclass
class Measured:
    case: Case
    verdict: str = "?"
    words: str = ""  # growth.submission
    classes: tuple[str, ...] = ()  # growth.submission_classes
    claimed: str | None = None  # growth.claimed: the judge's own reading of the claim
    error: str | None = None  # the check could not be run or read

    @property
    def hit(self) -> bool:
        return self.error is None and self.case.stated in self.classes


def cases() -> tuple[list[Case], list[Path], list[str]]:
    """Every sample with a readable claim, those without one (listed, not measured), and
    the challenges with no performance tier (their samples have no growth to measure)."""
    from judge.grading.growth import parse_claim

    found, unclaimed, untimed = [], [], []
    for source, root in SOURCES.items():
        for toml in sorted(root.glob("*/challenge.toml")):
            package = tomllib.loads(toml.read_text(encoding="utf-8"))
            slug = package["slug"]
            if "performance" not in package:
                untimed.append(slug)
                continue
            for folder in FOLDERS:
                for sample in sorted((toml.parent / "samples" / folder).glob("*.py")):
                    stated = parse_claim(sample.read_text(encoding="utf-8", errors="replace"))
                    if stated is None:
                        unclaimed.append(sample)
                    else:
                        found.append(Case(source, slug, sample, stated))
    return found, unclaimed, untimed


def measure(case: Case, workspace: Path, keep: Path | None) -> Measured:
    env = {
        **os.environ,
        "JUDGE_STATE_DIR": str(workspace / ".judge"),
        "JUDGE_WORKSPACE": str(workspace),
        "JUDGE_CHALLENGES_DIR": str(SOURCES[case.source]),  # this folder's packages only
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(
            os.pathsep
        ),
    }
    env.pop("JUDGE_CHALLENGE_PATH", None)
    command = [sys.executable, "-m", "judge", "check", case.slug, "--file", str(case.sample)]
    done = subprocess.run(
        [*command, "--json"], cwd=workspace, env=env, capture_output=True, text=True, check=False
    )
    result = Measured(case)
    try:
        data = json.loads(done.stdout)
    except json.JSONDecodeError:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        result.error = f"exit {done.returncode}, no JSON: {last}"
        return result
    if keep is not None:
        name = f"{case.slug}--{case.sample.parent.name}--{case.sample.stem}.json"
        (keep / name).write_text(json.dumps(data, indent=1), encoding="utf-8")
    result.verdict = data.get("verdict", "?")
    if result.verdict == "IE":
        result.error = "IE (the judge's own error)"
        return result
    tier = next((t for t in data.get("tiers", []) if t.get("name") == "performance"), None)
    growth = (tier or {}).get("growth")
    if growth is None:
        result.words = "(no performance tier ran)"
        return result
    result.words = growth.get("submission") or ""
    result.classes = tuple(growth.get("submission_classes") or ())
    result.claimed = growth.get("claimed")
    return result


def share(results: list[Measured]) -> str:
    hits = sum(r.hit for r in results)
    return f"{hits}/{len(results)} ({hits / len(results):.0%})" if results else "-"


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} CPUs"


def report(results: list[Measured]) -> None:
    header = (
        f"{'source':<10} {'challenge':<23} {'sample':<38} {'verdict':<7} "
        f"{'true':<8} {'measured':<26} result"
    )
    print(header)
    for r in results:
        c = r.case
        sample = f"{c.sample.parent.name}/{c.sample.name}"
        outcome = "hit" if r.hit else "miss"
        if r.error:
            outcome = f"ERROR: {r.error}"
        elif r.claimed != c.stated:
            outcome += f" (judge read the claim as {r.claimed!r})"
        print(
            f"{c.source:<10} {c.slug:<23} {sample:<38} {r.verdict:<7} "
            f"{c.stated:<8} {r.words:<26} {outcome}"
        )
    print()
    print(f"hits overall: {share(results)}")
    for source in SOURCES:
        print(f"  {source:<10} {share([r for r in results if r.case.source == source])}")
    by_class: dict[str, list[Measured]] = defaultdict(list)
    for r in results:
        by_class[r.case.stated].append(r)
    from judge.grading.growth import ORDER

    print(
        "per true class: " + ", ".join(f"{k} {share(by_class[k])}" for k in ORDER if k in by_class)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=MAX_JOBS, choices=range(1, MAX_JOBS + 1))
    parser.add_argument("--keep", type=Path, help="write each check's JSON into this folder")
    parser.add_argument("--source", choices=list(SOURCES), help="only the samples from here")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    found, unclaimed, untimed = cases()
    if args.source is not None:
        found = [case for case in found if case.source == args.source]
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    print(f"growth accuracy: {len(found)} samples, {args.jobs} at a time; {load()}")
    with tempfile.TemporaryDirectory(prefix="judge-bench-growth-") as tmp:
        workspace = Path(tmp)  # one state folder: the input cache is shared by all checks
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            results = list(pool.map(lambda case: measure(case, workspace, args.keep), found))
    report(results)
    if unclaimed:
        print(
            "no `# complexity:` line (not measured): "
            + ", ".join(str(p.relative_to(ROOT)) for p in unclaimed)
        )
    if untimed:
        print("no performance tier, so no growth words (not measured): " + ", ".join(untimed))
    print(f"total {time.monotonic() - started:.0f} s; at the end: {load()}")
    return 1 if any(r.error for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
