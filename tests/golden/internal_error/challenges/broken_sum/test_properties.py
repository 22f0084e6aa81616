from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example

EXAMPLES = [Example((1, 2), 3, "small numbers")]


@given(st.integers(), st.integers())
def test_matches_reference(solution, a, b):
    """the sum matches the reference's"""
    solution.check(a, b)
