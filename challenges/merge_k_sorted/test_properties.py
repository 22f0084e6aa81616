"""Examples and properties of merge_sorted."""

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example

EXAMPLES = [
    Example(([[1, 4, 7], [2, 5, 8], [3, 6, 9]],), [1, 2, 3, 4, 5, 6, 7, 8, 9], "three lists"),
    Example(([[1, 3, 5], [2, 4, 6]],), [1, 2, 3, 4, 5, 6], "k = 2, the guide's case"),
    Example(([],), [], "no lists at all"),
    Example(([[]],), [], "one empty list"),
    Example(([[], [], []],), [], "only empty lists"),
    Example(([[], [1, 2], []],), [1, 2], "empty lists around a non-empty one"),
    Example(([[5, 10, 15]],), [5, 10, 15], "a single list"),
    Example(([[1, 1, 2], [1, 2, 2]],), [1, 1, 1, 2, 2, 2], "duplicates within and across lists"),
    Example(([[2, 2, 2], [2, 2]],), [2, 2, 2, 2, 2], "every value equal"),
    Example(([[-5, -1, 3], [-2, 0, 4]],), [-5, -2, -1, 0, 3, 4], "negative numbers"),
    Example(([[-3, -2], [-9, -1]],), [-9, -3, -2, -1], "only negative numbers"),
    Example(([[3], [1], [2]],), [1, 2, 3], "one-element lists, not in order of their heads"),
    Example(([[0, 1, 2, 3, 4, 5, 6], [3], [9]],), [0, 1, 2, 3, 3, 4, 5, 6, 9], "uneven lengths"),
    Example(([[7, 8], [1, 2]],), [1, 2, 7, 8], "one list entirely before the other"),
    Example(([[1], [2], [3], [4], [5]],), [1, 2, 3, 4, 5], "an odd number of lists"),
    Example(([[10**20], [-(10**20), 0]],), [-(10**20), 0, 10**20], "integers beyond 64 bits"),
]

sorted_lists = st.lists(st.integers(-20, 20), max_size=8).map(sorted)
list_of_lists = st.lists(sorted_lists, max_size=8)


@given(list_of_lists)
def test_ascending_list_of_ints(solution, arrays):
    """the result is a list of ints in ascending order"""
    got = solution(arrays)
    assert type(got) is list, f"expected a list, got {type(got).__name__}"
    wrong = [x for x in got if type(x) is not int]
    assert not wrong, f"expected ints only, got {wrong[0]!r}"
    for i in range(1, len(got)):
        assert got[i - 1] <= got[i], f"{got[i - 1]} comes before {got[i]} at position {i - 1}"


@given(list_of_lists)
def test_keeps_every_element(solution, arrays):
    """the result holds every element of every list, duplicates included, and nothing else"""
    got = solution(arrays)
    expected = Counter(x for values in arrays for x in values)
    assert len(got) == sum(expected.values()), (
        f"the lists hold {sum(expected.values())} elements in all, the result {len(got)}"
    )
    assert Counter(got) == expected, "the result does not hold the same elements"


@given(st.lists(st.lists(st.integers(-5, 5), max_size=2).map(sorted), min_size=8, max_size=24))
def test_many_short_lists(solution, arrays):
    """many short or empty lists are merged right"""
    solution.check(arrays)


@given(st.lists(st.lists(st.integers(-(10**30), 10**30), max_size=6).map(sorted), max_size=5))
def test_huge_values(solution, arrays):
    """works with integers far beyond 64 bits"""
    solution.check(arrays)


@given(list_of_lists)
def test_matches_reference(solution, arrays):
    """the result is the merged list (and no list was modified)"""
    solution.check(arrays)
