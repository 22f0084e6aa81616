"""Examples and the property of count_pairs."""

from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example

EXAMPLES = [
    Example((0,), 0, "no indices at all"),
    Example((1,), 0, "one index makes no pair"),
    Example((2,), 1, "the pair (0, 1)"),
    Example((3,), 3, "(0, 1), (0, 2), (1, 2)"),
    Example((4,), 6, "3 + 2 + 1"),
    Example((10,), 45, "10 * 9 / 2"),
]


@given(st.integers(0, 40))  # small: the samples include an O(n^3) loop
def test_matches_reference(solution, n):
    """the answer is the number of pairs i < j below n"""
    solution.check(n)
