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


LINEAR = re.compile(r"~n or ~n log n|~n log n")
# A stopped run's fit rests on extra sizes measured only for it, below the stop: how many,
# which, and what they say depend on the machine. The stop itself does not.
STOPPED_SUMMARY = re.compile(r"your code .*? \(measured at \d+ sizes?; stopped at n = ([\d,]+)\)")
PROJECTION = re.compile(r" At n = [\d,]+ your code would need about .*$")
STOPPED_FIT = ("submission", "submission_classes", "largest_n", "projected_n", "claim_agrees")
MEASURED_GROWTH = (
    "submission_exponent",
    "reference_exponent",
    "points",
    "times_reference",
    "projected_seconds",
    "projected_limit",
)
EXTRA_SIZES = "<sizes measured only for the growth fit>"


def words(text: str) -> str:
    """At the sizes used, n and n log n fit nearly alike, and noise moves a linear fit from
    one to the other or to both (README, "Time limits"): all read as ~n here. Any other
    growth word is kept, so a ~n^2 where ~n belongs still fails."""
    return LINEAR.sub("~n", text)


def classes(names: list[str]) -> list[str]:
    """The same for the classes: "n log n" counts as "n"."""
    return list(dict.fromkeys("n" if name == "n log n" else name for name in names))


def normalise_growth(growth: dict[str, Any]) -> None:
    for key in MEASURED_GROWTH:
        if growth[key] is not None or key == "points":
            growth[key] = MEASURED
    growth["reference"] = words(growth["reference"])
    growth["reference_classes"] = classes(growth["reference_classes"])
    if growth["stopped_at"] is None:
        growth["submission"] = words(growth["submission"])
        growth["submission_classes"] = classes(growth["submission_classes"])
    else:
        for key in STOPPED_FIT:
            growth[key] = MEASURED


def normalise(data: dict[str, Any]) -> dict[str, Any]:
    """The JSON object with everything measured on this machine (times, limits, fits,
    Hypothesis's call count, the sandbox's protections) replaced by MEASURED. A None stays
    None where it is the contract: a size stopped (seconds null) or not run (verdict null)."""
    data = copy.deepcopy(data)
    data["seconds"] = MEASURED
    if "sandbox" in data:  # which protections this machine's kernel gives (`judge doctor`)
        data["sandbox"] = MEASURED
    if data.get("round"):
        data["round"]["seconds_left"] = MEASURED
    for tier in data["tiers"]:
        tier["seconds"] = MEASURED
        summary = PERCENT.sub(f"{MEASURED}% of the limit", words(tier["summary"]))
        summary = STOPPED_SUMMARY.sub(
            rf"your code {MEASURED} (measured at {MEASURED} sizes; stopped at n = \1)", summary
        )
        tier["summary"] = CALLS.sub(f"{MEASURED} calls", summary)
        graded = [size for size in tier["sizes"] if not size.get("extra")]
        for size in graded:
            if size["seconds"] is not None:  # one call, or a batch of a length that varies
                size["calls"] = MEASURED
            for key in ("seconds", "limit", "reference_seconds"):
                if size[key] is not None:
                    size[key] = MEASURED
        extra = len(graded) < len(tier["sizes"])
        tier["sizes"] = graded + ([EXTRA_SIZES] if extra else [])
        if tier["growth"]:
            normalise_growth(tier["growth"])
        if tier["memory"]:
            for key in ("peak_bytes", "reference_peak_bytes"):
                tier["memory"][key] = MEASURED
        failure = tier["failure"]
        if failure:
            message = PROJECTION.sub("", failure["message"])  # rests on the stopped fit
            failure["message"] = SECONDS.sub(f"{MEASURED} s", message)
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


def growth(**fields):
    base = {
        "submission": "~n or ~n log n",
        "submission_exponent": 1.05,
        "reference": "~n log n",
        "reference_exponent": 1.1,
        "submission_classes": ["n", "n log n"],
        "reference_classes": ["n log n"],
        "points": 6,
        "stopped_at": None,
        "largest_n": 128000,
        "times_reference": 1.2,
        "projected_n": None,
        "projected_seconds": None,
        "projected_limit": None,
        "claimed": None,
        "claim_agrees": None,
    }
    return {**base, **fields}


def size(n, seconds, verdict="AC", extra=False):
    return {"n": n, "seconds": seconds, "limit": 0.3, "reference_seconds": 0.01,
            "verdict": verdict, "extra": extra, "calls": 1}  # fmt: skip


def tier(verdict, summary, sizes=(), fit=None, failure=None):
    return {"verdict": verdict, "seconds": 0.5, "summary": summary, "sizes": list(sizes),
            "growth": fit, "memory": None, "failure": failure}  # fmt: skip


def test_normalise_replaces_what_was_measured_and_keeps_the_contract():
    stopped = tier(
        "TLE",
        "0/9 sizes; your code ~n^2 or ~n^3 (measured at 4 sizes; stopped at n = 500), "
        "reference ~n or ~n log n",
        [size(250, 0.02, extra=True), size(500, None, "TLE"), size(1000, None, None)],
        growth(
            submission="~n^2 or ~n^3",
            stopped_at=500,
            projected_n=128000,
            projected_seconds=3.5e6,
            projected_limit=1.4,
            largest_n=250,
        ),
        {
            "message": "Your function did not finish: stopped after 0.03 s of CPU. At n = "
            "128,000 your code would need about 987 hours; the limit there is 1.4 s.",
            "traceback": ['File "x.py", line 3'],
        },
    )
    properties = tier(
        "WA",
        "1/4 properties, 183 calls",
        failure={"message": "Wrong answer.", "input": "[52, 51]", "traceback": []},
    )
    fast = tier(
        "AC",
        "9/9 sizes; your code ~n or ~n log n, reference ~n log n; 12% of the limit at most",
        [size(128000, 0.02)],
        growth(),
    )
    data = {
        "seconds": 1.234,
        "graded": True,
        "sandbox": {"active": {"seccomp": True}, "missing": {}},
        "round": {"id": 1, "mode": "whiteboard", "seconds_left": 2699},
        "tiers": [stopped, properties, fast],
    }
    got = normalise(data)
    assert data["seconds"] == 1.234  # the original is left alone
    perf, props, ok = got["tiers"]
    assert got["seconds"] == perf["seconds"] == got["round"]["seconds_left"] == MEASURED
    assert got["sandbox"] == MEASURED
    assert perf["summary"] == (
        "0/9 sizes; your code <measured> (measured at <measured> sizes; stopped at n = 500), "
        "reference ~n"
    )
    assert perf["sizes"] == [  # the stop and the sizes not run are kept exactly
        {"n": 500, "seconds": None, "limit": MEASURED, "reference_seconds": MEASURED,
         "verdict": "TLE", "extra": False, "calls": 1},
        {"n": 1000, "seconds": None, "limit": MEASURED, "reference_seconds": MEASURED,
         "verdict": None, "extra": False, "calls": 1},
        EXTRA_SIZES,
    ]  # fmt: skip
    assert perf["growth"]["stopped_at"] == 500 and perf["growth"]["reference"] == "~n"
    assert perf["growth"]["reference_classes"] == ["n"] and perf["growth"]["claimed"] is None
    assert all(perf["growth"][key] == MEASURED for key in STOPPED_FIT + MEASURED_GROWTH)
    assert perf["failure"] == {
        "message": "Your function did not finish: stopped after <measured> s of CPU.",
        "traceback": ['File "x.py", line 3'],  # the user's frames are kept, exactly
    }
    assert props["summary"] == "1/4 properties, <measured> calls"
    assert props["failure"] == properties["failure"]  # the smallest case is kept
    assert (
        ok["summary"] == "9/9 sizes; your code ~n, reference ~n; <measured>% of the limit at most"
    )
    assert ok["growth"]["submission"] == "~n" and ok["growth"]["submission_classes"] == ["n"]
    assert ok["growth"]["largest_n"] == 128000 and ok["growth"]["projected_n"] is None
    assert ok["sizes"][0]["n"] == 128000 and ok["sizes"][0]["seconds"] == MEASURED


def test_a_power_of_n_where_n_belongs_still_shows():
    assert words("your code ~n^2, reference ~n or ~n log n") == "your code ~n^2, reference ~n"
    assert classes(["n^2", "n^3"]) == ["n^2", "n^3"] and classes(["1", "log n"]) == ["1", "log n"]


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
