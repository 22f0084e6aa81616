"""The verdict vocabulary and what a learner is shown of a failure: the bottom layer.

One closed set of verdicts is used everywhere (terminal, JSON, history, reports, the
sandbox's outcomes); a `Failure` is the one case a learner should look at. Every layer may
import this module; it imports nothing of the judge and never runs code or prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


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
