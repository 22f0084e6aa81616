"""The verdict vocabulary and the result objects of a check.

One closed set of verdicts is used everywhere (terminal, JSON, history, reports). A
`TierResult` is what one tier decided; a `CheckResult` is the whole check: its overall
verdict is the first non-AC verdict of the required tiers, in order, and its score gives
partial credit for correct-but-slow work. `to_json` is the `--json` contract, versioned by
`SCHEMA_VERSION`. Nothing here runs code or prints.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = 1


class Verdict(StrEnum):
    AC = "AC"  # accepted
    WA = "WA"  # wrong answer, wrong type, or a modified input
    TLE = "TLE"  # time limit exceeded
    MLE = "MLE"  # memory limit exceeded
    RE = "RE"  # runtime error: exception, crash, exit
    CE = "CE"  # the file could not be loaded
    IE = "IE"  # internal error of the judge itself: never the user's fault

    @property
    def meaning(self) -> str:
        return MEANINGS[self]


MEANINGS = {
    Verdict.AC: "accepted",
    Verdict.WA: "wrong answer",
    Verdict.TLE: "time limit exceeded",
    Verdict.MLE: "memory limit exceeded",
    Verdict.RE: "runtime error",
    Verdict.CE: "could not load",
    Verdict.IE: "internal error of the judge",
}

# Points per tier kind; the performance points shrink when a required memory tier exists.
CORRECTNESS_POINTS = {"examples": 20, "properties": 40}
SPEED_POINTS = 40


@dataclass
class Failure:
    """The one case a learner should look at: the smallest input that breaks the code."""

    message: str
    input: str | None = None
    expected: str | None = None
    got: str | None = None
    error: str | None = None  # "ZeroDivisionError: division by zero"
    traceback: list[str] = field(default_factory=list)  # the user's own frames only
    output: str | None = None  # what the submission printed, capped
    output_truncated: bool = False
    test: str | None = None  # the property that failed, for the properties tier


@dataclass
class SizeTiming:
    n: int
    seconds: float | None  # None when the run was stopped at the limit
    limit: float
    reference_seconds: float
    verdict: Verdict | None = Verdict.AC  # None: only the reference ran at this size


@dataclass
class TierResult:
    name: str  # "examples" | "properties" | "performance" | "memory"
    title: str
    required: bool
    verdict: Verdict | None  # None: not run (an earlier tier failed, or --quick)
    summary: str = ""
    passed: int = 0
    total: int = 0
    fraction: float = 0.0  # share of this tier's points earned (partial credit)
    failure: Failure | None = None
    sizes: list[SizeTiming] = field(default_factory=list)
    growth: dict[str, Any] | None = None
    memory: dict[str, Any] | None = None
    seconds: float = 0.0

    @property
    def skipped(self) -> bool:
        return self.verdict is None


@dataclass
class CheckResult:
    challenge: str
    file: str
    tiers: list[TierResult]
    seconds: float = 0.0
    quick: bool = False

    @property
    def verdict(self) -> Verdict:
        for tier in self.tiers:
            if tier.required and tier.verdict not in (None, Verdict.AC):
                return tier.verdict
        return Verdict.AC

    @property
    def accepted(self) -> bool:
        """AC on every required tier that ran (with --quick the speed tiers do not run)."""
        return self.verdict is Verdict.AC and any(t.verdict for t in self.tiers)

    @property
    def score(self) -> int:
        return compute_score(self.tiers)


def compute_score(tiers: list[TierResult]) -> int:
    """0-100: correctness first, then speed and memory, with partial credit for speed."""
    required = [t for t in tiers if t.required]
    memory_tiers = [t for t in required if t.name == "memory"]
    speed_tiers = [t for t in required if t.name == "performance"] + memory_tiers
    points = 0.0
    for tier in required:
        if tier.name in CORRECTNESS_POINTS:
            points += CORRECTNESS_POINTS[tier.name] * tier.fraction
        elif speed_tiers:
            points += SPEED_POINTS / len(speed_tiers) * tier.fraction
    possible = sum(CORRECTNESS_POINTS.get(t.name, 0) for t in required)
    possible += SPEED_POINTS if speed_tiers else 0
    return round(100 * points / possible) if possible else 0


def to_json(result: CheckResult) -> dict[str, Any]:
    """The `--json` contract: one object, stable field names, schema-versioned."""

    def tier_json(tier: TierResult) -> dict[str, Any]:
        data = asdict(tier)
        data["verdict"] = tier.verdict.value if tier.verdict else None
        data["skipped"] = tier.skipped
        for size in data["sizes"]:
            size["verdict"] = size["verdict"] and str(size["verdict"])
        return data

    return {
        "schema": SCHEMA_VERSION,
        "challenge": result.challenge,
        "file": result.file,
        "verdict": result.verdict.value,
        "accepted": result.accepted,
        "score": result.score,
        "quick": result.quick,
        "seconds": round(result.seconds, 3),
        "tiers": [tier_json(t) for t in result.tiers],
    }
