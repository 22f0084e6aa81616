"""Examples and the property of count_strings."""

from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example

EXAMPLES = [
    Example((0,), 1, "the empty string"),
    Example((1,), 2, "0 and 1"),
    Example((2,), 3, "00, 01, 10"),
    Example((3,), 5, "000, 001, 010, 100, 101"),
    Example((4,), 8, "five ending in 0, three ending in 01"),
    Example((10,), 144, "the Fibonacci numbers, two places on"),
]


@given(st.integers(0, 12))  # small: one sample enumerates all 2^n strings
def test_matches_reference(solution, n):
    """the answer is the number of strings of length n with no adjacent 1s"""
    solution.check(n)
