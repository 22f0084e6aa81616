"""The verdict vocabulary: one closed set, each with the words reports use, and the failure a
learner is shown."""

from judge.verdicts import MEANINGS, Failure, Verdict


def test_the_closed_set_of_verdicts_and_their_words():
    assert [v.value for v in Verdict] == ["AC", "WA", "TLE", "MLE", "RE", "CE", "IE"]
    assert set(MEANINGS) == set(Verdict)
    assert Verdict.TLE.meaning == "time limit exceeded"
    assert Verdict.IE.meaning == "internal error of the judge"


def test_a_verdict_is_its_own_string():
    """Stored, printed and compared as the two or three letters, never as 'Verdict.AC'."""
    assert Verdict("WA") is Verdict.WA
    assert f"{Verdict.AC}" == "AC" and Verdict.RE == "RE"


def test_a_failure_needs_only_a_message():
    failure = Failure("Wrong answer.")
    assert failure.input is failure.expected is failure.got is failure.error is None
    assert failure.traceback == [] and failure.output is None and not failure.output_truncated
    assert failure.traceback is not Failure("other").traceback  # never a shared default
