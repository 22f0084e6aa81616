"""The terminal report of a check: what `judge check` and `judge watch` print.

Plain text, no colour codes and no click: the CLI prints what this returns. The layout
answers, in order, the questions a learner asks: did it pass, which tier failed, on what
input (expected vs got, or the error and their own traceback), and how its speed grows next
to the reference's. The JSON form lives in `judge.grading.results.to_json`.
"""

from __future__ import annotations

import textwrap

from judge.grading.results import CheckResult, Growth, TierResult
from judge.render.printable import printable
from judge.verdicts import Failure, Verdict

WIDTH = 100


def _indent(text: str, prefix: str = "      ") -> str:
    return textwrap.indent(text, prefix)


def render_failure(tier: TierResult, failure: Failure) -> list[str]:
    """The failing case; every line passes through `printable` (a submission wrote some)."""
    return [printable(line) for line in _failure_lines(tier, failure)]


def _failure_lines(tier: TierResult, failure: Failure) -> list[str]:
    where = f"{tier.title}: {failure.test}" if failure.test else tier.title
    lines = [f"  {where}", f"    {failure.message}"]
    for label, value in (("input", failure.input), ("expected", failure.expected)):
        if value is not None:
            lines.append(f"    {label + ':':<10}{value}")
    if failure.got is not None:
        lines.append(f"    {'got:':<10}{failure.got}")
    if failure.error:
        first, *rest = failure.error.splitlines() or [""]
        lines.append(f"    {'error:':<10}{first}")
        lines.extend(f"{'':14}{line}" for line in rest)
    if failure.traceback:
        whose = "the judge's" if tier.verdict is Verdict.IE else "your file only"
        lines.append(f"    traceback ({whose}, most recent call last):")
        lines.extend(_indent(frame) for frame in failure.traceback)
    if failure.output:
        note = " (truncated: only part of it is shown)" if failure.output_truncated else ""
        lines.append(f"    your code printed{note}:")
        lines.append(_indent(failure.output.rstrip("\n")))
    return lines


def claim_text(growth: Growth) -> str | None:
    """ "You said O(n); measured ~n^2." as an interviewer would note it."""
    if growth.claimed is None:
        return None
    said = f"You said O({growth.claimed})"
    if growth.claim_agrees is None:
        return f"{said}; the measurements cannot tell ({growth.submission})."
    if growth.claim_agrees:
        return f"{said}; measured {growth.submission}: they agree."
    return f"{said}; measured {growth.submission}."


def render_growth(growth: Growth) -> list[str]:
    """What the growth means: how far from the reference at the largest size, the claim."""
    lines = []
    if growth.largest_n is not None and growth.times_reference is not None:
        lines.append(
            f"  At n = {growth.largest_n:,} your code took {growth.times_reference:g}x "
            "the reference's time."
        )
    claim = claim_text(growth)
    if claim:
        lines.append(f"  {claim}")
    return lines


def render_sizes(tier: TierResult) -> list[str]:
    lines = [f"    {'n':>9}  {'yours':>10}  {'limit':>9}  {'reference':>9}"]
    for size in tier.sizes:
        yours = f"{size.seconds:.4f}s" if size.seconds is not None else "stopped"
        if size.verdict is None:
            yours = "-"
        if size.extra:
            yours += "*"
        lines.append(
            f"    {size.n:>9,}  {yours:>10}  {size.limit:>8.4f}s  {size.reference_seconds:>8.4f}s"
        )
    return lines


def render_check(result: CheckResult) -> str:
    lines = [f"{result.challenge}  ({printable(result.file)})", ""]
    for tier in result.tiers:
        verdict = tier.verdict.value if tier.verdict else "--"
        summary = tier.summary or ("not run" if tier.skipped else "")
        lines.append(f"  {tier.title:<34} {verdict:<4} {summary}")
    failed = [t for t in result.tiers if t.failure]
    for tier in failed:
        lines.append("")
        lines.extend(render_failure(tier, tier.failure))
    for tier in result.tiers:
        if tier.growth is not None and tier.verdict is not None:
            growth_lines = render_growth(tier.growth)
            if growth_lines:
                lines.extend(["", *growth_lines])
        if tier.sizes and tier.verdict not in (None, Verdict.AC):
            lines.append("")
            lines.append("  Time per size (CPU seconds; * measured only for the growth):")
            lines.extend(render_sizes(tier))
    verdict = result.verdict
    lines.append("")
    quick = "  (--quick: speed not graded)" if result.quick else ""
    lines.append(
        f"Verdict: {verdict.value} ({verdict.meaning})   score {result.score}/100   "
        f"{result.seconds:.1f}s{quick}"
    )
    return "\n".join(lines)
