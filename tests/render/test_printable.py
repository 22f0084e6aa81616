"""Nothing a submission wrote reaches the terminal raw: escapes, controls, bidi overrides."""

from judge.grading.results import CheckResult, TierResult
from judge.render.printable import printable
from judge.render.terminal import render_check
from judge.verdicts import Failure, Verdict


def test_control_characters_become_visible_escapes():
    assert printable("\x1b[2J\x1b[Hfake") == "\\x1b[2J\\x1b[Hfake"
    assert printable("a\tb\nc") == "a\tb\nc"  # tabs and newlines stay
    assert printable("\x07\x7f\x9b") == "\\x07\\x7f\\x9b"
    assert printable("evil\u202etxt.py") == "evil\\u202etxt.py"


def test_the_terminal_report_escapes_every_field_a_submission_wrote():
    failure = Failure(
        message="Your function raised an exception.",
        got="<Weird: \x1b[31mAC\x1b[0m>",
        error="ValueError: \x1b[2J",
        traceback=['File "x.py", line 1, in f\n    print("\x1b[H")'],
        output="\x1b[2J\x1b[HVerdict: AC (accepted)   score 100/100\n",
    )
    tier = TierResult("examples", "Examples", True, Verdict.RE, failure=failure)
    text = render_check(CheckResult("max-subarray", "x.py", [tier]))
    assert "\x1b" not in text
    assert "\\x1b[2J" in text and "Verdict: RE" in text


def test_a_submission_that_draws_a_fake_report_is_shown_as_text():
    from pathlib import Path

    from click.testing import CliRunner

    from judge.cli import main

    hostile = Path(__file__).parents[1] / "hostile" / "draws_a_fake_report.py"
    result = CliRunner().invoke(main, ["check", "zero-sum-pair", "--file", str(hostile)])
    assert result.exit_code == 1
    assert "\x1b" not in result.output
    assert "\\x1b[2J" in result.output and "Verdict: RE" in result.output
