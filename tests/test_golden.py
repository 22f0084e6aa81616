"""Golden tests of the `--json` output contract: one folder per scenario under tests/golden/
(see its README). Each runs the real command line, `judge check SLUG --file submission.py
--json`, replaces what was measured (times, limits, exponents, percentages) by a marker,
and compares the object with the folder's expected.json. Adding a scenario is adding a
folder; JUDGE_GOLDEN_UPDATE=1 rewrites every expected.json from what the judge says now."""

from __future__ import annotations

import copy
import json
import os
import re
import shlex
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from judge.cli import main

GOLDEN = Path(__file__).parent / "golden"
SCENARIOS = sorted(p for p in GOLDEN.iterdir() if (p / "submission.py").is_file())
UPDATE = os.environ.get("JUDGE_GOLDEN_UPDATE") == "1"
MEASURED = "<measured>"
SECONDS = re.compile(r"\d+\.\d+ s\b")  # "stopped after 0.04 s of CPU"
PERCENT = re.compile(r"\d+% of the limit")
# How many calls Hypothesis made (searching and shrinking) is its own business: a newer
# Hypothesis may count differently and still shrink to the same smallest counterexample.
CALLS = re.compile(r"\b\d+ calls\b")


def words(text: str) -> str:
    """At the sizes used, n and n log n fit nearly the same exponent, and noise can move a
    linear fit across that line (README, "Time limits"): both read as ~n here. Any other
    growth word is kept, so a ~n^2 where ~n belongs still fails."""
    return text.replace("~n log n", "~n")


def normalise(data: dict[str, Any]) -> dict[str, Any]:
    """The JSON object with every measured number (and Hypothesis's call count) replaced by
    MEASURED. A None stays None: whether a size was stopped (seconds null) or not run
    (verdict null) is the contract."""
    data = copy.deepcopy(data)
    data["seconds"] = MEASURED
    if data.get("round"):
        data["round"]["seconds_left"] = MEASURED
    for tier in data["tiers"]:
        tier["seconds"] = MEASURED
        summary = PERCENT.sub(f"{MEASURED}% of the limit", words(tier["summary"]))
        tier["summary"] = CALLS.sub(f"{MEASURED} calls", summary)
        for size in tier["sizes"]:
            for key in ("seconds", "limit", "reference_seconds"):
                if size[key] is not None:
                    size[key] = MEASURED
        if tier["growth"]:
            growth = tier["growth"]
            growth["submission"], growth["reference"] = (
                words(growth["submission"]),
                words(growth["reference"]),
            )
            for key in ("submission_exponent", "reference_exponent"):
                if growth[key] is not None:
                    growth[key] = MEASURED
        if tier["memory"]:
            for key in ("peak_bytes", "reference_peak_bytes"):
                tier["memory"][key] = MEASURED
        failure = tier["failure"]
        if failure:
            failure["message"] = SECONDS.sub(f"{MEASURED} s", failure["message"])
            if tier["verdict"] == "IE" and failure["traceback"]:
                # The judge's own frames: paths and line numbers of our code, for a bug report.
                failure["traceback"] = ["<the judge's own frames>"]
    return data


def expected_exit(data: dict[str, Any]) -> int:
    """The exit status the README promises for this object."""
    if not data["graded"]:
        return 0 if data["verdict"] == "AC" else 1
    if data["verdict"] == "IE":
        return 3
    return 0 if data["accepted"] else 1


def lines(path: Path) -> list[str]:
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda p: p.name)
def test_golden(scenario: Path, isolated_workspace: Path, tmp_path: Path, monkeypatch):
    own_challenges = scenario / "challenges"
    if own_challenges.is_dir():  # copied: importing a package writes next to its files
        shutil.copytree(own_challenges, tmp_path / "challenges")
        monkeypatch.setenv("JUDGE_CHALLENGES_DIR", str(tmp_path / "challenges"))
    slug = (lines(scenario / "challenge.txt") or ["max-subarray"])[0].strip()
    shutil.copyfile(scenario / "submission.py", isolated_workspace / "submission.py")
    runner = CliRunner()
    for command in lines(scenario / "setup.txt"):
        done = runner.invoke(main, shlex.split(command))
        assert done.exit_code == 0, f"setup {command!r}: {done.output}"
    extra = [arg for line in lines(scenario / "args.txt") for arg in shlex.split(line)]
    result = runner.invoke(main, ["check", slug, "--file", "submission.py", "--json", *extra])
    data = json.loads(result.stdout)  # stdout is exactly one JSON object
    assert result.exit_code == expected_exit(data), result.output
    got = normalise(data)
    expected_file = scenario / "expected.json"
    if UPDATE:
        expected_file.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n")
        return
    how = "write it with JUDGE_GOLDEN_UPDATE=1 (tests/golden/README.md)"
    assert expected_file.is_file(), f"{expected_file} is missing: {how}"
    assert got == json.loads(expected_file.read_text(encoding="utf-8"))


def test_normalise_replaces_only_what_was_measured():
    data = {
        "seconds": 1.234,
        "graded": True,
        "round": {"id": 1, "mode": "whiteboard", "seconds_left": 2699},
        "tiers": [
            {
                "verdict": "TLE",
                "seconds": 0.5,
                "summary": "1/9 sizes; your code at least ~n^2, reference ~n log n",
                "sizes": [
                    {"n": 500, "seconds": 0.1, "limit": 0.2, "reference_seconds": 0.01},
                    {"n": 1000, "seconds": None, "limit": 0.3, "reference_seconds": 0.02},
                ],
                "growth": {
                    "submission": "at least ~n^2",
                    "submission_exponent": None,
                    "reference": "~n log n",
                    "reference_exponent": 1.2,
                },
                "memory": None,
                "failure": {
                    "message": "Your function took 0.052 s of CPU; the limit is 0.043 s.",
                    "traceback": ['File "x.py", line 3'],
                },
            },
            {
                "verdict": "WA",
                "seconds": 0.2,
                "summary": "1/4 properties, 183 calls",
                "sizes": [],
                "growth": None,
                "memory": None,
                "failure": {"message": "Wrong answer.", "input": "[52, 51]", "traceback": []},
            },
            {
                "verdict": "AC",
                "seconds": 0.1,
                "summary": "9/9 sizes; your code ~n, reference ~n; 12% of the limit at most",
                "sizes": [],
                "growth": None,
                "memory": None,
                "failure": None,
            },
        ],
    }
    got = normalise(data)
    assert data["seconds"] == 1.234  # the original is left alone
    perf, properties, fast = got["tiers"]
    assert got["seconds"] == perf["seconds"] == got["round"]["seconds_left"] == MEASURED
    assert perf["summary"] == "1/9 sizes; your code at least ~n^2, reference ~n"
    assert perf["sizes"][1] == {
        "n": 1000,
        "seconds": None,
        "limit": MEASURED,
        "reference_seconds": MEASURED,
    }
    assert perf["growth"] == {
        "submission": "at least ~n^2",
        "submission_exponent": None,
        "reference": "~n",
        "reference_exponent": MEASURED,
    }
    assert perf["failure"] == {
        "message": "Your function took <measured> s of CPU; the limit is <measured> s.",
        "traceback": ['File "x.py", line 3'],  # the user's frames are kept, exactly
    }
    assert properties["summary"] == "1/4 properties, <measured> calls"
    assert properties["failure"] == data["tiers"][1]["failure"]  # the smallest case is kept
    assert fast["summary"] == (
        "9/9 sizes; your code ~n, reference ~n; <measured>% of the limit at most"
    )


def test_every_scenario_of_the_issue_has_a_folder():
    names = {p.name for p in SCENARIOS}
    assert names >= {
        "accepted",
        "wrong_answer",
        "time_limit",
        "compile_error",
        "runtime_error",
        "whiteboard_check",
        "internal_error",
    }
