"""Helpers for the cohort tests: cohorts made from the challenges' samples, the CLI, and the
outputs read back."""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from judge.cli import main

from ..conftest import CHALLENGES

# Every known submission of every challenge: (challenge folder, verdict folder, file).
SAMPLES = sorted(CHALLENGES.glob("*/samples/*/*.py"))


@dataclass(frozen=True)
class Submitted:
    person: str
    slug: str
    path: Path  # the file in the cohort
    sample: Path  # the sample it is a copy of

    @property
    def folder_verdict(self) -> str:
        return self.sample.parent.name


def slug_of(sample: Path) -> str:
    return sample.parents[2].name.replace("_", "-")


def person_cohort(
    root: Path, samples: list[Path], copies: int = 1, seed: int = 7
) -> list[Submitted]:
    """Each sample, `copies` times, as the one file of a person of its own:
    person-NNN/<module>.py, people numbered in a shuffled order."""
    jobs = [sample for sample in samples for _ in range(copies)]
    numbers = list(range(1, len(jobs) + 1))
    random.Random(seed).shuffle(numbers)
    made = []
    for number, sample in zip(numbers, jobs, strict=True):
        person = f"person-{number:03}"
        path = root / person / f"{sample.parents[2].name}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(sample, path)
        made.append(Submitted(person, slug_of(sample), path, sample))
    return sorted(made, key=lambda s: s.person)


def file_cohort(root: Path, samples: list[Path]) -> list[Submitted]:
    """One challenge, one file per person: p-01.py, p-02.py, ..."""
    root.mkdir(parents=True, exist_ok=True)
    made = []
    for number, sample in enumerate(samples, 1):
        path = root / f"p-{number:02}.py"
        shutil.copyfile(sample, path)
        made.append(Submitted(path.stem, slug_of(sample), path, sample))
    return made


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def gradebook(out: Path) -> list[dict[str, str]]:
    with open(out / "gradebook.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def results(out: Path) -> list[dict]:
    lines = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a process that should use its own folders (a remote worker)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUDGE_")}
    env.update(extra)
    return env
