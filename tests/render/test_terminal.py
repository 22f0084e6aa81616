"""The terminal report of a check, rendered from results built by hand: one line per tier,
then the failing case (expected vs got, or the error, the user's own frames and output),
the sizes table for slow code, and the verdict line."""

from judge.grading.results import CheckResult, Growth, SizeTiming, TierKind, TierResult
from judge.render.terminal import (
    claim_text,
    render_check,
    render_failure,
    render_growth,
    render_sizes,
)
from judge.verdicts import Failure, Verdict


def tier(kind, verdict, summary="", **fields):
    return TierResult(kind, kind.value.title(), True, verdict, summary, **fields)


def test_a_wrong_answer_shows_the_case_expected_and_got():
    failure = Failure(
        "Wrong answer. (case: a single negative element)", input="[-7]", expected="-7", got="0"
    )
    result = CheckResult(
        "max-subarray",
        "solutions/max_subarray.py",
        [
            tier(TierKind.EXAMPLES, Verdict.WA, "2/9 examples", failure=failure),
            tier(TierKind.PROPERTIES, None),
            tier(TierKind.PERFORMANCE, None),
        ],
        seconds=0.43,
    )
    assert render_check(result) == "\n".join(
        [
            "max-subarray  (solutions/max_subarray.py)",
            "",
            "  Examples                           WA   2/9 examples",
            "  Properties                         --   not run",
            "  Performance                        --   not run",
            "",
            "  Examples",
            "    Wrong answer. (case: a single negative element)",
            "    input:    [-7]",
            "    expected: -7",
            "    got:      0",
            "",
            "Verdict: WA (wrong answer)   score 0/100   0.4s",
        ]
    )


def test_a_runtime_error_shows_the_error_the_users_frames_and_truncated_output():
    failure = Failure(
        "Your function raised an exception.",
        input="[1, 2]",
        error="KeyError: 'x'\nwith a second line",
        traceback=['File "mine.py", line 3, in f\n    return d["x"]'],
        output="debugging [1, 2]\n",
        output_truncated=True,
        test="the answer is an int",
    )
    properties = tier(TierKind.PROPERTIES, Verdict.RE, "0/4 properties", failure=failure)
    lines = "\n".join(render_failure(properties, failure)).splitlines()
    assert lines == [
        "  Properties: the answer is an int",
        "    Your function raised an exception.",
        "    input:    [1, 2]",
        "    error:    KeyError: 'x'",
        "              with a second line",
        "    traceback (your file only, most recent call last):",
        '      File "mine.py", line 3, in f',
        '          return d["x"]',
        "    your code printed (truncated: only part of it is shown):",
        "      debugging [1, 2]",
    ]
    untruncated = Failure("Your function raised an exception.", output="hi\n")
    assert "    your code printed:" in render_failure(properties, untruncated)


def test_an_internal_error_says_the_traceback_is_the_judges():
    failure = Failure(
        "The judge itself failed here; this is our bug, not yours.",
        error="ZeroDivisionError: division by zero",
        traceback=['File "judge/grading/check.py", line 62, in check'],
    )
    internal = tier(TierKind.PROPERTIES, Verdict.IE, failure=failure)
    text = render_check(CheckResult("x", "f.py", [tier(TierKind.EXAMPLES, Verdict.AC), internal]))
    assert "    traceback (the judge's, most recent call last):" in text.splitlines()
    assert "your file only" not in text
    assert text.endswith("Verdict: IE (internal error of the judge)   score 0/100   0.0s")


def test_a_time_limit_shows_the_sizes_table():
    sizes = [
        SizeTiming(354, 0.0019, 0.034, 0.0001, extra=True),  # measured only for the growth
        SizeTiming(500, 0.0037, 0.0351, 0.0002),
        SizeTiming(2000, None, 0.0432, 0.0004, verdict=Verdict.TLE),
        SizeTiming(128_000, None, 0.7, 0.02, verdict=None),  # only the reference ran
    ]
    perf = tier(
        TierKind.PERFORMANCE,
        Verdict.TLE,
        "1/3 sizes; your code ~n^2 (measured at 4 sizes; stopped at n = 2,000), reference ~n",
        failure=Failure(
            "Your function did not finish: stopped after 0.04 s of CPU.", input="n=2000"
        ),
        sizes=sizes,
        growth=Growth("~n^2", 1.8, "~n", 1.0, largest_n=500, times_reference=18.5),
        passed=1,
        total=3,
        fraction=1 / 3,
    )
    correct = [tier(TierKind.EXAMPLES, Verdict.AC, fraction=1.0)]
    correct.append(tier(TierKind.PROPERTIES, Verdict.AC, fraction=1.0))
    text = render_check(CheckResult("max-subarray", "f.py", [*correct, perf], seconds=0.91))
    assert render_sizes(perf) == [
        "            n       yours      limit  reference",
        "          354    0.0019s*    0.0340s    0.0001s",
        "          500     0.0037s    0.0351s    0.0002s",
        "        2,000     stopped    0.0432s    0.0004s",
        "      128,000           -    0.7000s    0.0200s",
    ]
    assert (
        "\n".join(
            ["  Time per size (CPU seconds; * measured only for the growth):", *render_sizes(perf)]
        )
        in text
    )
    assert "  At n = 500 your code took 18.5x the reference's time." in text.splitlines()
    assert "    input:    n=2000" in text
    assert text.endswith("Verdict: TLE (time limit exceeded)   score 73/100   0.9s")


def test_a_claimed_complexity_is_judged_by_what_was_measured():
    said = Growth("~n^2", 2.0, "~n", 1.0, claimed="n", claim_agrees=False)
    assert claim_text(said) == "You said O(n); measured ~n^2."
    agreed = Growth("~n or ~n log n", 1.1, "~n", 1.0, claimed="n log n", claim_agrees=True)
    assert claim_text(agreed) == "You said O(n log n); measured ~n or ~n log n: they agree."
    unknown = Growth("too slow to measure", None, "~n", 1.0, claimed="n", claim_agrees=None)
    assert claim_text(unknown) == (
        "You said O(n); the measurements cannot tell (too slow to measure)."
    )
    assert claim_text(Growth("~n", 1.0, "~n", 1.0)) is None
    assert render_growth(Growth("~n", 1.0, "~n", 1.0)) == []
    assert render_growth(said) == ["  You said O(n); measured ~n^2."]


def test_an_accepted_check_has_no_table_and_quick_says_so():
    perf = tier(TierKind.PERFORMANCE, Verdict.AC, sizes=[SizeTiming(500, 0.001, 0.03, 0.0001)])
    full = render_check(CheckResult("x", "f.py", [tier(TierKind.EXAMPLES, Verdict.AC), perf]))
    assert "Time per size" not in full
    quick = CheckResult(
        "x", "f.py", [tier(TierKind.EXAMPLES, Verdict.AC, fraction=1.0)], quick=True
    )
    assert render_check(quick).endswith("(--quick: speed not graded)")
