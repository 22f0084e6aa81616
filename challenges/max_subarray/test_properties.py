"""Examples and properties of max_subarray_sum."""

from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example

EXAMPLES = [
    Example(([-2, 1, -3, 4, -1, 2, 1, -5, 4],), 6, "the classic mixed list"),
    Example(([5],), 5, "a single element"),
    Example(([-7],), -7, "a single negative element"),
    Example(([-3, -1, -2],), -1, "all negative: the best run is the largest element"),
    Example(([0, 0],), 0, "zeros"),
    Example(([2, -1, 2],), 3, "a negative inside the best run"),
    Example(([1, 2, 3],), 6, "all positive: the whole list"),
    Example(([-1, 10**18, -1],), 10**18, "large values"),
    Example(([3, -5, 4],), 4, "the best run is at the end"),
]

numbers = st.lists(st.integers(-100, 100), min_size=1, max_size=60)


@given(numbers)
def test_returns_an_int(solution, nums):
    """the result is an int"""
    got = solution(nums)
    assert type(got) is int, f"expected an int, got {type(got).__name__}"


@given(numbers)
def test_at_least_the_largest_element(solution, nums):
    """the answer is at least the largest single element"""
    assert solution(nums) >= max(nums), "a single element is a run, and yours is smaller"


@given(numbers)
def test_matches_reference(solution, nums):
    """the answer is the best sum of a contiguous run"""
    solution.check(nums)


@given(st.lists(st.integers(-(10**30), 10**30), min_size=1, max_size=20))
def test_huge_values(solution, nums):
    """works with integers far beyond 64 bits"""
    solution.check(nums)
