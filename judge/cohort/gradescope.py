"""Gradescope's `results.json`, per file and per person (`judge grade --format gradescope`).

Gradescope's autograder format: a top-level `score`, `output` and `visibility`, and one
test per tier with `name`, `score`, `max_score`, `status`, `output` and `visibility`. A
tier's `max_score` is its share of judge's 100 points (examples 20, properties 40, speed 40,
rescaled as `judge.grading.results.compute_score` does), so the tests add up to the score;
a stretch tier is shown with a `max_score` of 0. The top-level `output` is the file's
terminal report, made by the caller (`judge.render`). Files are written as
`gradescope/<person>/<challenge's file name>/results.json`, and every person also gets
`gradescope/<person>/results.json` with the tests of all their files (an autograder copies
that one). A row without a verdict (no file, the untouched stub) scores 0 with its note as
the output. This module never grades and never builds the report text itself.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from judge.challenge.catalog import folder_name
from judge.cohort.gradebook import write_atomically
from judge.cohort.run import Outcome, Row
from judge.grading.results import CORRECTNESS_POINTS, SPEED_POINTS, TierKind

FOLDER = "gradescope"
VISIBILITY = "visible"


def tier_max_scores(tiers: list[dict[str, Any]]) -> list[float]:
    """Each tier's share of 100 points, as the score weighs it (0 for a stretch tier)."""
    required = [t for t in tiers if t["required"]]
    speed = [t for t in required if t["name"] in (TierKind.PERFORMANCE, TierKind.MEMORY)]
    possible = sum(CORRECTNESS_POINTS.get(TierKind(t["name"]), 0) for t in required)
    possible += SPEED_POINTS if speed else 0
    shares = []
    for tier in tiers:
        if not tier["required"] or not possible:
            shares.append(0.0)
        elif tier["name"] in CORRECTNESS_POINTS:
            shares.append(100 * CORRECTNESS_POINTS[TierKind(tier["name"])] / possible)
        else:
            shares.append(100 * SPEED_POINTS / len(speed) / possible)
    return shares


def _tier_output(tier: dict[str, Any]) -> str:
    verdict = tier["verdict"] or "not run"
    lines = [f"{verdict}: {tier['summary']}" if tier["summary"] else verdict]
    if tier.get("failure") and tier["failure"].get("message"):
        lines.append(tier["failure"]["message"])
    return "\n".join(lines)


def tests_of(row: Row, prefix: str = "") -> list[dict[str, Any]]:
    if row.result is None:  # named by its challenge alone: there are no tiers to prefix
        return [_test(row.challenge or "files", 0.0, 100.0, False, row.note or "not graded")]
    tiers = row.result["tiers"]
    tests = []
    for tier, share in zip(tiers, tier_max_scores(tiers), strict=True):
        passed = tier["verdict"] == "AC"
        earned = round(share * tier.get("fraction", 0.0), 2)
        tests.append(
            _test(prefix + tier["title"], earned, round(share, 2), passed, _tier_output(tier))
        )
    return tests


def _test(name: str, score: float, max_score: float, passed: bool, output: str) -> dict:
    return {
        "name": name,
        "score": score,
        "max_score": max_score,
        "status": "passed" if passed else "failed",
        "output": output,
        "visibility": VISIBILITY,
    }


def file_results(row: Row, report: str) -> dict[str, Any]:
    score = row.result["score"] if row.result else 0
    return {
        "score": score,
        "output": report if row.result else (row.note or "not graded"),
        "visibility": VISIBILITY,
        "stdout_visibility": VISIBILITY,
        "tests": tests_of(row),
    }


def person_results(rows: list[Row], reports: Mapping[tuple[str, str], str]) -> dict[str, Any]:
    tests, outputs = [], []
    for row in rows:
        prefix = f"{row.challenge}: " if row.challenge else ""
        tests.extend(tests_of(row, prefix))
        outputs.append(reports.get(row.key) or f"{row.file}: {row.note or 'not graded'}")
    return {
        "score": sum(row.result["score"] if row.result else 0 for row in rows),
        "output": "\n\n".join(outputs),
        "visibility": VISIBILITY,
        "stdout_visibility": VISIBILITY,
        "tests": tests,
    }


def file_path(out: Path, row: Row) -> Path:
    return out / FOLDER / row.person / folder_name(row.challenge) / "results.json"


def write(outcome: Outcome, reports: Mapping[tuple[str, str], str]) -> list[Path]:
    """Every file's results.json and every person's; `reports` maps (person, challenge) to
    the file's terminal report."""
    written, people = [], {}
    for row in outcome.rows:
        people.setdefault(row.person, []).append(row)
        if row.challenge:
            data = file_results(row, reports.get(row.key, ""))
            written.append(write_atomically(file_path(outcome.out, row), json.dumps(data)))
    for person, rows in people.items():
        data = person_results(rows, reports)
        path = outcome.out / FOLDER / person / "results.json"
        written.append(write_atomically(path, json.dumps(data)))
    return written
