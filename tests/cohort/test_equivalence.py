"""`judge grade` gives every file the verdict `judge check` gives it.

A generated cohort of every sample of every challenge, each twice, as people of their own
(person-NNN/<module>.py: at least 300 files), is graded with `judge grade --quick` on the
default local cluster, and every file's verdict, tier verdicts and score are compared with
`judge.grading.check.check(..., quick=True)` called directly. The second copy of a sample
is byte-identical to the first, and a quick check is deterministic in the bytes (Hypothesis
runs derandomized), so the direct check runs once per sample, two at a time. Grading 300
files fully would take far too long on two cores, so the speed and memory tiers are
compared on a smaller sample: a dozen files across the challenges (the slow and the greedy
ones first), graded fully by `judge grade` and by `judge check --json`, one process each.
"""

from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest

from ..conftest import CHALLENGES
from .cohortkit import SAMPLES, person_cohort, results, run, slug_of

COPIES = -(-300 // len(SAMPLES))  # each sample this many times: at least 300 files
FULL = [
    ("linked_list_cycle", "memory_limit"),
    ("max_subarray", "time_limit"),
    ("zero_sum_pair", "time_limit"),
    ("palindromic_substrings", "time_limit"),
    ("missing_element", "time_limit"),
    ("merge_k_sorted", "time_limit"),
    ("zero_sum_pair", "accepted"),
    ("max_subarray", "accepted"),
    ("is_palindrome", "accepted"),
    ("is_palindrome", "runtime_error"),
    ("csv_aggregate", "wrong_answer"),
    ("merge_k_sorted", "wrong_answer"),
]


def verdicts(data: dict) -> tuple:
    """What must be identical: the verdict, each tier's, and the score."""
    return (data["verdict"], [t["verdict"] for t in data["tiers"]], data["score"])


def quick_check(job: tuple[str, str]) -> tuple:
    """One direct quick check, in a process of the pool (the library, as judge check calls
    it, with the workspace's folders)."""
    from judge.challenge import catalog
    from judge.grading.check import check
    from judge.grading.results import to_json
    from judge.practice import workspace

    slug, path = job
    challenge = catalog.find_challenge(slug)
    return verdicts(to_json(check(challenge, Path(path), workspace.grading_folders(), quick=True)))


@pytest.mark.slow
def test_every_sample_as_people_gets_judge_checks_verdict_with_quick(tmp_path):
    made = person_cohort(tmp_path / "cohort", SAMPLES, copies=COPIES)
    assert len(made) >= 300
    out = tmp_path / "grades"
    started = time.monotonic()
    graded = run("grade", tmp_path / "cohort", "--quick", "-o", out, "--jobs", "2")
    grade_seconds = time.monotonic() - started
    assert graded.exit_code == 0, graded.output
    mine = {(data["person"], data["challenge"]): data for data in results(out)}
    assert len(mine) == len(made)

    first_copy = {}
    for submitted in made:
        first_copy.setdefault(submitted.sample, submitted)
    jobs = [(s.slug, str(s.path)) for s in first_copy.values()]
    started = time.monotonic()
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        direct = dict(zip(first_copy, pool.map(quick_check, jobs), strict=True))
    check_seconds = time.monotonic() - started
    differ = [  # what judge grade said against what the check said: enough to find out why
        (
            s.person,
            s.sample.relative_to(s.sample.parents[3]).as_posix(),
            verdicts(mine[s.person, s.slug]),
            direct[s.sample],
            [t["failure"] and t["failure"]["message"] for t in mine[s.person, s.slug]["tiers"]],
        )
        for s in made
        if verdicts(mine[s.person, s.slug]) != direct[s.sample]
    ]
    assert not differ, differ
    print(
        f"\n{len(made)} files: judge grade --quick --jobs 2 took {grade_seconds:.1f} s; "
        f"{len(jobs)} direct checks on 2 processes took {check_seconds:.1f} s"
    )


def full_sample() -> list[Path]:
    """A dozen files across the challenges: the cheaper slow ones (a full check of a slow
    file stops at its limit), a greedy one, accepted ones and a few wrong ones."""
    chosen = [sorted(CHALLENGES.glob(f"{folder}/samples/{kind}/*.py"))[:1] for folder, kind in FULL]
    return [path for found in chosen for path in found]


def judge_check_json(slug: str, path: Path) -> dict:
    command = [sys.executable, "-m", "judge", "check", slug, "--file", str(path), "--json"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    return json.loads(done.stdout)


@pytest.mark.slow
def test_a_sample_graded_fully_gets_judge_checks_verdicts(tmp_path):
    samples = full_sample()
    assert len(samples) >= 10 and len({slug_of(s) for s in samples}) >= 6, samples
    made = person_cohort(tmp_path / "cohort", samples)
    out = tmp_path / "grades"
    started = time.monotonic()
    graded = run("grade", tmp_path / "cohort", "-o", out, "--jobs", "2")
    grade_seconds = time.monotonic() - started
    assert graded.exit_code == 0, graded.output
    mine = {(data["person"], data["challenge"]): data for data in results(out)}
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=2) as pool:  # two `judge check` processes at a time
        theirs = list(pool.map(lambda s: judge_check_json(s.slug, s.path), made))
    check_seconds = time.monotonic() - started
    for submitted, direct in zip(made, theirs, strict=True):
        assert verdicts(mine[submitted.person, submitted.slug]) == verdicts(direct), submitted
    # The slow and greedy samples really were caught by the speed and memory tiers.
    caught = {verdicts(mine[s.person, s.slug])[0] for s in made}
    assert {"TLE", "MLE"} <= caught
    print(
        f"\n{len(made)} files fully: judge grade --jobs 2 took {grade_seconds:.1f} s; "
        f"judge check --json, two at a time, took {check_seconds:.1f} s"
    )
