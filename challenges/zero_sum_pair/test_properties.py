"""Examples and properties of has_zero_sum_pair."""

from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example

EXAMPLES = [
    Example(([3, 1, -3],), True, "a pair of opposites"),
    Example(([1, 2, 3],), False, "no pair"),
    Example(([],), False, "the empty list"),
    Example(([7],), False, "a single element"),
    Example(([0],), False, "a single zero is not a pair"),
    Example(([0, 5, 0],), True, "two zeros are a pair"),
    Example(([-4, 4],), True, "the whole list is the pair"),
    Example(([5, 5, -6],), False, "equal values are not opposites"),
    Example(([10**20, 1, -(10**20)],), True, "large values"),
    Example(([2, -1, 3, 1],), True, "the pair is not adjacent"),
]

numbers = st.lists(st.integers(-20, 20), max_size=40)


@given(numbers)
def test_returns_a_bool(solution, nums):
    """the result is a bool"""
    got = solution(nums)
    assert type(got) is bool, f"expected a bool, got {type(got).__name__}"


@given(st.lists(st.integers(1, 10**6), max_size=40))
def test_positive_numbers_never_pair(solution, nums):
    """a list of positive numbers has no pair"""
    assert solution(nums) is False


@given(numbers, st.integers(1, 10**6), st.randoms(use_true_random=False))
def test_planted_pair_is_found(solution, nums, x, rng):
    """a list holding both x and -x has a pair"""
    planted = [*nums, x, -x]
    rng.shuffle(planted)
    assert solution(planted) is True


@given(numbers)
def test_matches_reference(solution, nums):
    """the answer is right (and the list is left unmodified)"""
    solution.check(nums)
