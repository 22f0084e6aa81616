"""The reference, called in the judge's own process: what is expected (cached per input),
what an untouched input looks like, how an input reads, and a failure of the package's own
code raised as ReferenceFailed (an internal error), never as a wrong answer."""

import pytest

from judge.challenge.catalog import find_challenge
from judge.grading.reference import Reference, ReferenceFailed


@pytest.fixture(scope="module")
def max_subarray_reference():
    return Reference(find_challenge("max-subarray"))


def test_expected_answers_are_computed_once_per_input(monkeypatch):
    reference = Reference(find_challenge("max-subarray"))
    calls = []
    real = reference.function
    monkeypatch.setattr(reference, "function", lambda nums: calls.append(nums) or real(nums))
    assert reference.expected([[2, -1, 2]]) == 3
    assert reference.expected([[2, -1, 2]]) == 3  # Hypothesis replays inputs while shrinking
    assert reference.expected([[-4]]) == -4
    assert calls == [[2, -1, 2], [-4]]


def test_the_reference_gets_fresh_arguments(max_subarray_reference):
    data = [[5, -1]]
    max_subarray_reference.expected(data)
    assert data == [[5, -1]]  # even a reference that worked in place could not touch it
    assert max_subarray_reference.untouched(data) == [[5, -1]]


def test_the_input_reads_as_the_harness_describes_it_and_is_bounded(max_subarray_reference):
    assert max_subarray_reference.show_input([[1, 2]]) == "[1, 2]"
    shown = max_subarray_reference.show_input([list(range(5000))])
    assert len(shown) <= 600 and shown.endswith("characters in all)")


def test_a_file_challenge_uses_its_harness_and_a_fresh_folder_per_call():
    reference = Reference(find_challenge("csv-aggregate"))
    text = "ID,Quantity\na,2\nb,1\na,3\n"
    assert sorted(reference.expected([text])) == [["a", 5], ["b", 1]]
    assert reference.show_input([text]) == repr(text)
    first, second = reference._folder(), reference._folder()
    assert first != second and first.parent == second.parent == reference._scratch
    reference.close()
    assert not reference._scratch.exists()  # nothing left in the temporary folder


def test_a_reference_that_raises_is_reference_failed(monkeypatch):
    reference = Reference(find_challenge("max-subarray"))
    monkeypatch.setattr(reference, "function", lambda nums: nums[10])
    with pytest.raises(ReferenceFailed) as caught:
        reference.expected([[1]])
    assert str(caught.value) == (
        "the challenge's reference failed on [[1]]: IndexError: list index out of range"
    )
    assert not isinstance(caught.value, AssertionError)  # never read as a broken property


def test_a_harness_that_raises_is_reference_failed(monkeypatch):
    reference = Reference(find_challenge("max-subarray"))

    def broken(data):
        raise KeyError("values")

    monkeypatch.setitem(reference.hooks, "describe", broken)
    monkeypatch.setitem(reference.hooks, "observe", broken)
    with pytest.raises(ReferenceFailed, match=r"harness failed on \[\[1\]\]: KeyError"):
        reference.show_input([[1]])
    with pytest.raises(ReferenceFailed, match="harness failed"):
        reference.untouched([[1]])
