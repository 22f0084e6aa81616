"""`judge try` as text: the input, your answer next to the reference's, the feedback a check
would give (through `terminal.render_failure`, so it reads like a check), and how long your
call took. It never runs or compares anything: `practice.trial` did."""

from __future__ import annotations

from judge.grading.results import TierKind, TierResult
from judge.practice import workspace
from judge.practice.trial import Trial
from judge.render.terminal import render_failure
from judge.verdicts import Verdict

DEBUG_BANNER = (
    "--debug: running your code in this process, outside the sandbox (no limits, not timed).\n"
    "pdb stops at the first line of {function}: 'n' next line, 's' step in, 'p x' print x, "
    "'c' continue, 'q' quit."
)


def debug_banner(function: str) -> str:
    return DEBUG_BANNER.format(function=function)


def timing_text(trial: Trial) -> str:
    if trial.debugged:
        return "not timed under --debug"
    if trial.cpu_seconds is None:
        return "your function was not called"
    return f"your call took {trial.cpu_seconds:.4f} s of CPU ({trial.wall_seconds:.4f} s wall)"


def render_trial(trial: Trial) -> str:
    lines = [f"{trial.challenge}  ({workspace.display_path(trial.file)})", ""]
    if trial.failure is None:
        lines.append(f"  {'input:':<11}{trial.input}")
        lines.append(f"  {'yours:':<11}{trial.got}")
        lines.append(f"  {'reference:':<11}{trial.expected}")
        if trial.output:
            note = " (truncated: only part of it is shown)" if trial.output_truncated else ""
            lines.append(f"  your code printed{note}:")
            lines.extend(f"      {line}" for line in trial.output.rstrip("\n").splitlines())
        outcome = "Same answer as the reference (AC)"
    else:
        tier = TierResult(TierKind.EXAMPLES, "Your input", required=True, verdict=trial.verdict)
        lines.extend(render_failure(tier, trial.failure))
        if trial.failure.expected is None and trial.verdict is not Verdict.CE:
            lines.append(f"    {'expected:':<10}{trial.expected}")
        outcome = f"Verdict: {trial.verdict.value} ({trial.verdict.meaning})"
    lines += ["", f"{outcome}   {timing_text(trial)}"]
    return "\n".join(lines)
