"""How an answer is judged: exactly, in any order, approximately, or by the package's own
`accept`; each failure says what was wrong. No worker: answers are given by hand."""

import pytest

from judge.challenge.catalog import find_challenge
from judge.grading.answers import judge_answer, needs_values
from judge.grading.reference import Reference


@pytest.fixture(scope="module")
def references():
    slugs = ("max-subarray", "palindromic-substrings", "streaming-stats", "reservoir-sample")
    return {slug: Reference(find_challenge(slug)) for slug in slugs}


def test_exact_answers_and_their_types(references):
    exact = references["max-subarray"]
    assert judge_answer(exact, [[1, 2]], 3, 3, None) is None
    wrong = judge_answer(exact, [[1, 2]], 3, 2, None)
    assert (wrong.message, wrong.input, wrong.expected, wrong.got) == (
        "Wrong answer.",
        "[1, 2]",
        "3",
        "2",
    )
    assert judge_answer(exact, [[1, 2]], 3, 3.0, None).message == (
        "Wrong type: expected an int, got a float."
    )


def test_any_order_counts_duplicates(references):
    multiset = references["palindromic-substrings"]
    assert judge_answer(multiset, ["aa"], ["a", "a", "aa"], ["aa", "a", "a"], None) is None
    missing = judge_answer(multiset, ["aa"], ["a", "a", "aa"], ["a", "aa"], None)
    assert missing.message == "Wrong answer (compared in any order, duplicates counted)."


def test_approximate_answers_within_the_tolerance(references):
    approx = references["streaming-stats"]  # rtol 1e-3
    assert judge_answer(approx, [[1.0, 3.0]], (2.0, 1.0), (2.0005, 1.0), None) is None
    far = judge_answer(approx, [[1.0, 3.0]], (2.0, 1.0), (2.1, 1.0), None)
    assert far is not None and far.got == "(2.1, 1.0)"


def test_accept_decides_answers_that_are_not_unique(references):
    accept_challenge = references["reservoir-sample"]
    seen = []

    def accept(args, expected, got):
        seen.append(args)
        if got != ["b"]:  # raised by hand: pytest rewrites the message of an assert here
            raise AssertionError("not a sample of the stream")

    data = [["a", "b"], 1, 7]
    assert judge_answer(accept_challenge, data, ["a"], ["b"], accept) is None
    stream, k, _ = seen[0]
    assert list(stream) == ["a", "b"] and k == 1  # fresh arguments, built in the judge
    rejected = judge_answer(accept_challenge, data, ["a"], ["c"], accept)
    assert rejected.message == "Wrong answer: not a sample of the stream."

    def broken(args, expected, got):
        return got[5]

    crashed = judge_answer(accept_challenge, data, ["a"], [], broken)
    assert (
        crashed.message == "Wrong answer: checking it failed (IndexError: list index out of range)."
    )
    with pytest.raises(LookupError, match="no accept"):
        judge_answer(accept_challenge, data, ["a"], ["b"], None)


def test_which_answers_must_travel_as_values(references):
    assert not needs_values(references["max-subarray"].challenge)
    assert not needs_values(references["palindromic-substrings"].challenge)
    assert needs_values(references["streaming-stats"].challenge)
    assert needs_values(references["reservoir-sample"].challenge)
