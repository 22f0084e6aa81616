"""The result objects of a check and their `--json` form.

A `TierResult` is what one tier decided; a `CheckResult` is the whole check: its overall
verdict is the first non-AC verdict of the required tiers, in order, and its score gives
partial credit for correct-but-slow work. `to_json` is the `--json` contract, versioned by
`SCHEMA_VERSION`, and `from_json` reads it back (the watch loop and the store keep results
as that JSON). A whiteboard round's load check is a `CheckResult` too, with `graded` false
and one `load` tier: the same object shape, never accepted. Nothing here runs code or prints.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from judge.verdicts import Failure, Verdict

SCHEMA_VERSION = 1


class TierKind(StrEnum):
    LOAD = "load"  # only in a whiteboard round's load check
    EXAMPLES = "examples"
    PROPERTIES = "properties"
    PERFORMANCE = "performance"
    MEMORY = "memory"


# Points per tier kind; the performance points shrink when a required memory tier exists.
CORRECTNESS_POINTS = {TierKind.EXAMPLES: 20, TierKind.PROPERTIES: 40}
SPEED_POINTS = 40


@dataclass
class SizeTiming:
    n: int
    seconds: float | None  # None when the run was stopped at the limit
    limit: float
    reference_seconds: float
    verdict: Verdict | None = Verdict.AC  # None: only the reference ran at this size
    extra: bool = False  # below the first size, measured only to support the growth fit
    calls: int = 1  # `seconds` is per call of a batch this long (a call too quick alone)


@dataclass
class Growth:
    """How the time of both grows with n: in words, as the complexity classes the
    measurements support, as fitted log-log exponents, and what it means at the largest size.
    """

    submission: str  # "~n^2", "~n or ~n log n", "too fast to measure"
    submission_exponent: float | None
    reference: str
    reference_exponent: float | None
    submission_classes: list[str] = field(default_factory=list)  # ["n", "n log n"]
    reference_classes: list[str] = field(default_factory=list)
    points: int = 0  # measured sizes the submission's words rest on
    stopped_at: int | None = None  # the size where the run was stopped at its limit
    largest_n: int | None = None  # the largest size both finished
    times_reference: float | None = None  # the submission's time there / the reference's
    projected_n: int | None = None  # for a stopped run: the largest size...
    projected_seconds: float | None = None  # ...the time it would need there...
    projected_limit: float | None = None  # ...and the limit there
    claimed: str | None = None  # the class the learner said ("complexity: O(n)")
    claim_agrees: bool | None = None  # None: nothing measured to judge it by


@dataclass
class MemoryUse:
    """What a memory tier measured: one call's extra memory at size n."""

    n: int
    method: str  # "tracemalloc" | "rss"
    budget_bytes: int
    peak_bytes: int
    reference_peak_bytes: int
    growth: str | None = None  # how the extra memory grows with n ("~n"), where measured
    reference_growth: str | None = None
    growth_points: list[list[int]] = field(default_factory=list)  # [n, yours, reference]


@dataclass
class TierResult:
    name: TierKind
    title: str
    required: bool
    verdict: Verdict | None  # None: not run (an earlier tier failed, or --quick)
    summary: str = ""
    passed: int = 0
    total: int = 0
    fraction: float = 0.0  # share of this tier's points earned (partial credit)
    failure: Failure | None = None
    sizes: list[SizeTiming] = field(default_factory=list)
    growth: Growth | None = None
    memory: MemoryUse | None = None
    seconds: float = 0.0

    @property
    def skipped(self) -> bool:
        return self.verdict is None


@dataclass
class RoundInfo:
    """The round a load check belongs to (whiteboard rounds grade only at the end)."""

    id: int
    mode: str
    seconds_left: int


@dataclass
class CheckResult:
    challenge: str
    file: str
    tiers: list[TierResult]
    seconds: float = 0.0
    quick: bool = False
    graded: bool = True  # False: a whiteboard round's load check, never accepted
    round: RoundInfo | None = None
    sandbox: dict[str, Any] | None = None  # the protections workers had (engine.protections)

    @property
    def verdict(self) -> Verdict:
        for tier in self.tiers:
            if tier.required and tier.verdict not in (None, Verdict.AC):
                return tier.verdict
        return Verdict.AC

    @property
    def accepted(self) -> bool:
        """AC on every required tier that ran (with --quick the speed tiers do not run)."""
        return self.graded and self.verdict is Verdict.AC and any(t.verdict for t in self.tiers)

    @property
    def score(self) -> int:
        return compute_score(self.tiers) if self.graded else 0


def compute_score(tiers: list[TierResult]) -> int:
    """0-100: correctness first, then speed and memory, with partial credit for speed."""
    required = [t for t in tiers if t.required]
    speed_tiers = [t for t in required if t.name in (TierKind.PERFORMANCE, TierKind.MEMORY)]
    points = 0.0
    for tier in required:
        if tier.name in CORRECTNESS_POINTS:
            points += CORRECTNESS_POINTS[tier.name] * tier.fraction
        elif tier in speed_tiers:
            points += SPEED_POINTS / len(speed_tiers) * tier.fraction
    possible = sum(CORRECTNESS_POINTS.get(t.name, 0) for t in required)
    possible += SPEED_POINTS if speed_tiers else 0
    return round(100 * points / possible) if possible else 0


def tier_to_json(tier: TierResult) -> dict[str, Any]:
    """One tier of the `--json` contract."""
    data = asdict(tier)
    data["name"] = str(tier.name)
    data["verdict"] = tier.verdict.value if tier.verdict else None
    data["skipped"] = tier.skipped
    for size in data["sizes"]:
        size["verdict"] = size["verdict"] and str(size["verdict"])
    return data


def to_json(result: CheckResult) -> dict[str, Any]:
    """The `--json` contract: one object, stable field names, schema-versioned."""
    data = {
        "schema": SCHEMA_VERSION,
        "challenge": result.challenge,
        "file": result.file,
        "graded": result.graded,
        "verdict": result.verdict.value,
        "accepted": result.accepted,
        "score": result.score,
        "quick": result.quick,
        "seconds": round(result.seconds, 3),
        "tiers": [tier_to_json(t) for t in result.tiers],
    }
    if result.round is not None:
        data["round"] = asdict(result.round)
    if result.sandbox is not None:
        data["sandbox"] = result.sandbox
    return data


def _verdict(value: str | None) -> Verdict | None:
    return Verdict(value) if value else None


def tier_from_json(data: dict[str, Any]) -> TierResult:
    failure = data.get("failure")
    growth, memory = data.get("growth"), data.get("memory")
    return TierResult(
        name=TierKind(data["name"]),
        title=data["title"],
        required=data["required"],
        verdict=_verdict(data.get("verdict")),
        summary=data.get("summary", ""),
        passed=data.get("passed", 0),
        total=data.get("total", 0),
        fraction=data.get("fraction", 0.0),
        failure=Failure(**failure) if failure else None,
        sizes=[
            SizeTiming(**{**size, "verdict": _verdict(size.get("verdict"))})
            for size in data.get("sizes", [])
        ],
        growth=Growth(**growth) if growth else None,
        memory=MemoryUse(**memory) if memory else None,
        seconds=data.get("seconds", 0.0),
    )


def from_json(data: dict[str, Any]) -> CheckResult:
    """The inverse of `to_json` (derived fields such as the score are recomputed)."""
    round_info = data.get("round")
    return CheckResult(
        challenge=data["challenge"],
        file=data["file"],
        tiers=[tier_from_json(tier) for tier in data["tiers"]],
        seconds=data.get("seconds", 0.0),
        quick=data.get("quick", False),
        graded=data.get("graded", True),
        round=RoundInfo(**round_info) if round_info else None,
        sandbox=data.get("sandbox"),
    )
