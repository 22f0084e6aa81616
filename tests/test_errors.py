"""Errors the user can fix: every one is a `JudgeError`, so the CLI's one boundary turns it
into `Error: <sentence>` and exit status 2 (anything else would be reported as IE)."""

import inspect

import click
from click.testing import CliRunner

from judge import errors
from judge.cli import guarded, main
from judge.errors import JudgeError
from judge.practice.learner import LockedDuringRound
from judge.practice.rounds import RoundError
from judge.render.html_page import ReportError


def test_every_error_of_the_library_is_a_judge_error():
    defined = [obj for _, obj in inspect.getmembers(errors, inspect.isclass)]
    assert {c.__name__ for c in defined} >= {
        "JudgeError",
        "UnknownChallenge",
        "SubmissionFileError",
        "ChallengePackageError",
        "StateError",
    }
    for kind in [*defined, RoundError, LockedDuringRound, ReportError]:
        assert issubclass(kind, JudgeError), kind


def test_the_cli_boundary_says_one_sentence_for_ours_and_ie_for_the_rest():
    raised = {"ours": errors.StateError("The state folder is read-only."), "bug": KeyError("x")}

    @main.command("raise-for-test", hidden=True)
    @click.argument("which")
    @guarded
    def raising(which: str) -> None:
        """Only for this test."""
        raise raised[which]

    try:
        ours = CliRunner().invoke(main, ["raise-for-test", "ours"])
        bug = CliRunner().invoke(main, ["raise-for-test", "bug"])
    finally:
        del main.commands["raise-for-test"]
    assert ours.exit_code == 2 and ours.output == "Error: The state folder is read-only.\n"
    assert bug.exit_code == 3
    assert (
        "KeyError: 'x'" in bug.output and "IE: internal error. This is a bug in judge" in bug.output
    )
