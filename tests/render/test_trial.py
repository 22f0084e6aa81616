"""`judge try` as text, from trials built by hand: the answers side by side, or the failure
as a check would show it, and how long the call took."""

from pathlib import Path

from judge.practice.trial import Trial
from judge.render.trial import debug_banner, render_trial, timing_text
from judge.verdicts import Failure, Verdict


def trial(**fields):
    base = dict(
        challenge="max-subarray",
        file=Path("/elsewhere/mine.py"),
        input="[1, -2, 3]",
        expected="3",
        verdict=Verdict.AC,
        got="3",
        cpu_seconds=0.00012,
        wall_seconds=0.0021,
    )
    return Trial(**{**base, **fields})


def test_the_same_answer_as_the_reference():
    assert render_trial(trial(output="hello\n", output_truncated=True)).splitlines() == [
        "max-subarray  (/elsewhere/mine.py)",
        "",
        "  input:     [1, -2, 3]",
        "  yours:     3",
        "  reference: 3",
        "  your code printed (truncated: only part of it is shown):",
        "      hello",
        "",
        "Same answer as the reference (AC)   your call took 0.0001 s of CPU (0.0021 s wall)",
    ]


def test_a_different_answer_reads_like_a_check():
    failure = Failure("Wrong answer.", input="[1, -2, 3]", got="2")
    text = render_trial(trial(verdict=Verdict.WA, got="2", failure=failure))
    assert "  Your input\n    Wrong answer.\n    input:    [1, -2, 3]\n    got:      2" in text
    assert "    expected: 3" in text  # the reference's answer, though the failure had none
    assert text.endswith(
        "Verdict: WA (wrong answer)   your call took 0.0001 s of CPU (0.0021 s wall)"
    )


def test_timing_under_debug_or_without_a_call():
    assert timing_text(trial(debugged=True)) == "not timed under --debug"
    assert timing_text(trial(cpu_seconds=None)) == "your function was not called"
    assert "pdb stops at the first line of max_subarray_sum:" in debug_banner("max_subarray_sum")
