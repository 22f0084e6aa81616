"""`make bench`: the judge's own speed, as ratios (a measurement, not a pass/fail test).

For every challenge, on its reference solution: the wall time of `judge check --quick` and
of a full `judge check`, next to the bare cost of running the same property tests with plain
pytest (the reference called in-process, no worker). Targets on a 2-core machine: --quick
within 1 s, full within 3 s (csv-aggregate within 10 s), --quick at most 1.3x bare pytest.
Each number is the best of a few runs, after one warm-up run that fills the input cache.
"""

from __future__ import annotations

import os
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


def main() -> None:
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


if __name__ == "__main__":
    main()
