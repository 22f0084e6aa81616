"""`make bench`: the judge's own speed, as ratios (a measurement, not a pass/fail test).

On every challenge's reference solution, each number the best of a few runs after a warm-up
that fills the input cache:
- the wall time of `judge check --quick` and of a full `judge check`, and their ratio
  (target: full at most 2x quick; csv-aggregate, with its large files, at most 3x);
- how much the speed and memory tiers of a full check spend outside the calls they time
  (target: at most the time of those calls plus one second), measured in-process: the wall
  time of those tiers less the timed requests (the correctness tiers are the --quick
  column's, and are left out: they time no calls, they run the property tests);
- next to the bare cost of the property tests under plain pytest (no worker).
Then: what a hopelessly slow submission costs (every time-limit sample, target: no more than
the reference's full check; shown whole and for the performance tier alone, since slow code
also makes the correctness tiers, which call it, slow), the jail's cost per worker (target:
under 20 ms), and `judge watch`'s time from a save to the verdict on the screen.

Then `judge grade` (`python tests/bench.py cohort` runs only this part): files graded per
minute over a fixed set of 20 known-accepted files with --quick, by a plain loop of
in-process `check` calls (one core), and through the Dask path with --jobs 1 and --jobs 2
(each run from scratch, cluster start included, then without the start). Targets: the Dask
path at most 10% slower than the loop per core, and 2 jobs close to twice 1 job.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3
FULL_OVER_QUICK = {"csv-aggregate": 3.0}
JUDGE = [sys.executable, "-m", "judge"]


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


def mark(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def timed_share(challenge, folders) -> tuple[float, float]:
    """(wall of the speed and memory tiers of a full check, wall spent inside the calls they
    time), in this process. The correctness tiers are what --quick costs, so they are left
    out: what is measured is the work the speed tiers add around the calls they time."""
    from judge.engine import sandbox
    from judge.grading.check import check
    from judge.grading.results import CORRECTNESS_POINTS

    spent = [0.0]
    original = sandbox.WorkerProcess.request

    def request(self, message, limits, payload=None):
        started = time.perf_counter()
        try:
            return original(self, message, limits, payload)
        finally:
            if message.get("op") == "run":
                spent[0] += time.perf_counter() - started

    sandbox.WorkerProcess.request = request
    try:
        result = check(challenge, challenge.path("reference.py"), folders)
        speed = sum(t.seconds for t in result.tiers if t.name not in CORRECTNESS_POINTS)
        return speed, spent[0]
    finally:
        sandbox.WorkerProcess.request = original


def costs(workspace: Path, env: dict[str, str]) -> dict[str, tuple[float, float]]:
    from judge.challenge.catalog import all_challenges
    from judge.grading.context import Folders

    folders = Folders(workspace / "cache-inproc", workspace / "hypothesis")
    print(
        f"{'challenge':<24} {'quick':>7} {'full':>7} {'full/quick':>10} {'timed':>7} "
        f"{'outside':>8} {'bare':>6}  targets"
    )
    fulls = {}
    for challenge in all_challenges():
        reference = str(challenge.path("reference.py"))
        command = [*JUDGE, "check", challenge.slug, "--file", reference, "--json"]
        wall(command, workspace, env)  # warm-up: builds the cached performance inputs
        quick = best([*command, "--quick"], workspace, env)
        full, performance = min(
            checked(challenge.slug, reference, workspace, env) for _ in range(RUNS)
        )
        fulls[challenge.slug] = (full, performance)
        timed_share(challenge, folders)  # warm-up of the in-process cache
        speed, timed = min(timed_share(challenge, folders) for _ in range(RUNS))
        outside = speed - timed
        tests = str(challenge.path("test_properties.py"))
        pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", tests]
        bare = best(pytest, ROOT, env)
        ratio_target = FULL_OVER_QUICK.get(challenge.slug, 2.0)
        verdicts = [
            f"full/quick<={ratio_target:g} {mark(full / quick <= ratio_target)}",
            f"outside<=timed+1s {mark(outside <= timed + 1.0)}",
        ]
        print(
            f"{challenge.slug:<24} {quick:>6.2f}s {full:>6.2f}s {full / quick:>9.2f}x "
            f"{timed:>6.2f}s {outside:>7.2f}s {bare:>5.2f}s  {', '.join(verdicts)}"
        )
    return fulls


def checked(
    slug: str, file: Path | str, workspace: Path, env: dict[str, str]
) -> tuple[float, float]:
    """(wall of a full `judge check --json`, the seconds its performance tier reports)."""
    started = time.perf_counter()
    done = subprocess.run(
        [*JUDGE, "check", slug, "--file", str(file), "--json"],
        cwd=workspace,
        env=env,
        capture_output=True,
        check=False,
        text=True,
    )
    took = time.perf_counter() - started
    try:
        tiers = json.loads(done.stdout)["tiers"]
    except (json.JSONDecodeError, KeyError):
        return took, float("nan")
    return took, sum(t["seconds"] or 0.0 for t in tiers if t["name"] == "performance")


def hopeless(workspace: Path, env: dict[str, str], fulls: dict[str, tuple[float, float]]) -> None:
    """Every time-limit sample's full check against the reference's (target <= 1x), whole
    and its performance tier alone: slow code makes the correctness tiers slow too (their
    calls are its calls), which no speed tier can spare."""
    print(
        "\nTime-limit samples: a full check against the reference's full check (target <= 1x),"
        "\nwhole, then the performance tier alone"
    )
    whole, tier = [], []
    for sample in sorted(ROOT.glob("challenges/*/samples/time_limit/*.py")):
        slug = sample.parents[2].name.replace("_", "-")
        if slug not in fulls:
            continue
        took, performance = checked(slug, sample, workspace, env)
        whole.append(took / fulls[slug][0])
        ratio = whole[-1]
        line = f"  {slug:<24} {sample.name:<34} {took:>6.2f}s {ratio:>5.2f}x {mark(ratio <= 1.0)}"
        if performance and fulls[slug][1]:
            tier.append(performance / fulls[slug][1])
            line += f"   tier {performance:>5.2f}s {tier[-1]:>5.2f}x {mark(tier[-1] <= 1.0)}"
        print(line)
    for name, ratios in (("whole check", whole), ("performance tier", tier)):
        if ratios:
            print(
                f"  {name}: <= 1x {sum(r <= 1.0 for r in ratios)}/{len(ratios)}, "
                f"median {statistics.median(ratios):.2f}x, max {max(ratios):.2f}x"
            )


def jail_cost() -> None:
    from judge.engine import jail

    costs = [jail.probe().milliseconds for _ in range(10)]
    median = statistics.median(costs)
    print(f"\nJail per worker: median {median:.1f} ms of 10 (target < 20 ms) {mark(median < 20)}")


def watch_latency(workspace: Path, env: dict[str, str]) -> None:
    """Save a wrong solution while `judge watch` runs; time until its verdict is printed."""
    wrong = "def max_subarray_sum(nums):\n    return {value}\n"
    solutions = workspace / "watch" / "solutions"
    solutions.mkdir(parents=True)
    target = solutions / "max_subarray.py"
    target.write_text(wrong.format(value=0))
    watch_env = {**env, "JUDGE_WORKSPACE": str(workspace / "watch")}
    process = subprocess.Popen(
        [*JUDGE, "watch", "max-subarray"],
        cwd=workspace / "watch",
        env=watch_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    first, latencies = [], []
    try:
        lines = iter(process.stdout.readline, "")
        for line in lines:
            if line.startswith("Watching"):
                break
        for attempt in range(1, 6):
            time.sleep(0.5)  # let the previous grading settle (a measurement, not a sync)
            saved = time.perf_counter()
            target.write_text(wrong.format(value=attempt))
            for line in lines:
                if line.startswith(f"[#{attempt + 1}] Examples:"):
                    first.append(time.perf_counter() - saved)
                if line.startswith(f"[#{attempt + 1}] max-subarray:"):
                    latencies.append(time.perf_counter() - saved)
                    break
    finally:
        process.terminate()
        process.wait(timeout=30)
    if first and latencies:
        print(
            f"\njudge watch, save to the examples' verdict: median "
            f"{statistics.median(first):.2f} s of {len(first)} (target 0.3 s) "
            f"{mark(statistics.median(first) <= 0.3)}; to the whole report "
            f"{statistics.median(latencies):.2f} s"
        )


def main() -> None:
    if sys.argv[1:] == ["cohort"]:
        cohort_bench()
        return
    sys.path.insert(0, str(ROOT))
    workspace = Path(tempfile.mkdtemp(prefix="judge-bench-"))
    env = {**os.environ, "JUDGE_STATE_DIR": str(workspace / ".judge")}
    fulls = costs(workspace, env)
    hopeless(workspace, env, fulls)
    jail_cost()
    watch_latency(workspace, env)
    cohort_bench()


if __name__ == "__main__":
    main()
