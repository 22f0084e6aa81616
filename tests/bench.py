"""`make bench`: the judge's own speed, as ratios (a measurement, not a pass/fail test).

For every challenge, on its reference solution: the wall time of `judge check --quick` and
of a full `judge check`, next to the bare cost of running the same property tests with plain
pytest (the reference called in-process, no worker). Targets on a 2-core machine: --quick
within 1 s, full within 3 s (csv-aggregate within 10 s), --quick at most 1.3x bare pytest.
Each number is the best of a few runs, after one warm-up run that fills the input cache.

Then `judge grade` (`python tests/bench.py cohort` runs only this part): files graded per
minute over a fixed set of 20 known-accepted files with --quick, by a plain loop of
in-process `check` calls (one core), and through the Dask path with --jobs 1 and --jobs 2
(each run from scratch, cluster start included, then without the start). Targets: the Dask
path at most 10% slower than the loop per core, and 2 jobs close to twice 1 job.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3
FULL_TARGET = {"csv-aggregate": 10.0}


def wall(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, capture_output=True, check=False)
    return time.perf_counter() - started


def best(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    return min(wall(command, cwd, env) for _ in range(RUNS))


COHORT_FILES = 20


def cohort_files() -> list[Path]:
    """20 known-accepted samples, taken in turn from each challenge (a fixed set)."""
    by_challenge = [
        sorted(folder.glob("samples/accepted/*.py"))
        for folder in sorted((ROOT / "challenges").iterdir())
        if (folder / "samples" / "accepted").is_dir()
    ]
    order = [path for group in itertools.zip_longest(*by_challenge) for path in group if path]
    return order[:COHORT_FILES]


def cohort_bench() -> None:
    sys.path.insert(0, str(ROOT))
    from judge.challenge import catalog
    from judge.cohort import run
    from judge.grading.check import check
    from judge.practice import workspace

    workspace_dir = Path(tempfile.mkdtemp(prefix="judge-bench-cohort-"))
    os.environ["JUDGE_STATE_DIR"] = str(workspace_dir / ".judge")
    os.chdir(workspace_dir)
    cohort = workspace_dir / "cohort"
    files = cohort_files()
    for number, sample in enumerate(files, 1):
        person = cohort / f"person-{number:02}"
        person.mkdir(parents=True)
        shutil.copyfile(sample, person / f"{sample.parents[2].name}.py")
    folders = workspace.grading_folders()
    for sample in files[:2]:  # warm-up: imports, the salt, Hypothesis's folder
        check(catalog.find_challenge(sample.parents[2].name), sample, folders, quick=True)
    started = time.perf_counter()
    for sample in files:
        check(catalog.find_challenge(sample.parents[2].name), sample, folders, quick=True)
    loop = time.perf_counter() - started
    per_minute = {"loop": len(files) / loop * 60}
    print(f"\njudge grade --quick over {len(files)} files (a plain loop of check calls: one core)")
    print(f"{'how':<22} {'seconds':>8} {'files/min':>10} {'cluster start':>14} {'without it':>11}")
    print(f"{'loop of check()':<22} {loop:>7.1f}s {per_minute['loop']:>10.1f}")
    for jobs in (1, 2):
        started = time.perf_counter()
        with run.dask_client(jobs, None):
            start = time.perf_counter() - started
        out = workspace_dir / f"grades-{jobs}"
        started = time.perf_counter()
        outcome = run.grade_cohort(cohort, out, jobs=jobs, quick=True)
        total = time.perf_counter() - started
        assert len(outcome.graded_now) == len(files), outcome.rows
        per_minute[jobs] = len(files) / (total - start) * 60
        print(
            f"{f'--jobs {jobs}':<22} {total:>7.1f}s {len(files) / total * 60:>10.1f} "
            f"{start:>13.1f}s {per_minute[jobs]:>10.1f}"
        )
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"Load average now: {load} (on 2 cores, other work makes every ratio noisy)")
    overhead = per_minute["loop"] / per_minute[1]
    speedup = per_minute[2] / per_minute[1]
    print(
        f"Dask path per core, without the cluster start: {overhead:.2f}x the loop's time "
        f"(target <= 1.10: {'ok' if overhead <= 1.10 else 'MISSED'}); --jobs 2 grades "
        f"{speedup:.2f}x as many files per minute as --jobs 1 "
        f"(target close to 2: {'ok' if speedup >= 1.7 else 'MISSED'})"
    )


def main() -> None:
    if sys.argv[1:] == ["cohort"]:
        cohort_bench()
        return
    sys.path.insert(0, str(ROOT))
    from judge.challenge.catalog import all_challenges

    workspace = Path(tempfile.mkdtemp(prefix="judge-bench-"))
    env = {**os.environ, "JUDGE_STATE_DIR": str(workspace / ".judge")}
    judge = [sys.executable, "-m", "judge", "check"]
    print(f"{'challenge':<24} {'quick':>7} {'full':>7} {'bare':>7} {'quick/bare':>10}  targets")
    for challenge in all_challenges():
        reference = str(challenge.path("reference.py"))
        command = [*judge, challenge.slug, "--file", reference, "--json"]
        wall(command, workspace, env)  # warm-up: builds the cached performance inputs
        quick = best([*command, "--quick"], workspace, env)
        full = best(command, workspace, env)
        tests = str(challenge.path("test_properties.py"))
        bare = best(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", tests], ROOT, env
        )
        full_target = FULL_TARGET.get(challenge.slug, 3.0)
        verdicts = [
            "quick<=1s " + ("ok" if quick <= 1.0 else "MISSED"),
            f"full<={full_target:g}s " + ("ok" if full <= full_target else "MISSED"),
            "ratio<=1.3 " + ("ok" if quick / bare <= 1.3 else "MISSED"),
        ]
        print(
            f"{challenge.slug:<24} {quick:>6.2f}s {full:>6.2f}s {bare:>6.2f}s "
            f"{quick / bare:>9.2f}x  {', '.join(verdicts)}"
        )
    cohort_bench()


if __name__ == "__main__":
    main()
