"""Examples and properties of find_missing."""

from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example

EXAMPLES = [
    Example(([4, 1, 3], [1, 4]), 3, "integers, no repeats"),
    Example(([2, 7, 2], [2, 7]), 2, "the removed element is a duplicate of one that stays"),
    Example(([5, 5, 5, 9], [9, 5, 5]), 5, "a value repeated three times"),
    Example(([1, 2, 3, 1, 2], [2, 1, 3, 1]), 2, "repeats, shuffled"),
    Example(([9], []), 9, "a single element: b is empty"),
    Example(([-3, 0, -3, 5], [5, -3, 0]), -3, "negative integers"),
    Example(([-1, -2], [-1]), -2, "only negative integers"),
    Example(([0, 1], [1]), 0, "the missing element is 0"),
    Example(([10**20, 1], [1]), 10**20, "integers beyond 64 bits"),
    Example((["apple", "pear", "fig"], ["fig", "apple"]), "pear", "strings"),
    Example((["x"], []), "x", "a single string: b is empty"),
    Example((["a", "b", "a", "a"], ["a", "a", "b"]), "a", "strings with repeats"),
    Example((["", "a", ""], ["a", ""]), "", "the empty string, repeated"),
    Example((["", "b"], ["b"]), "", "the empty string is missing"),
    Example((["1", "2", "3"], ["3", "1"]), "2", "strings that look like numbers"),
    Example((["ab", "ba", "b"], ["b", "ba"]), "ab", "anagrams are different strings"),
]


@st.composite
def cases(draw, elements):
    """(a, b, removed): b is a shuffled copy of a without one occurrence of `removed`."""
    a = draw(st.lists(elements, min_size=1, max_size=25))
    i = draw(st.integers(0, len(a) - 1))
    b = draw(st.permutations(a[:i] + a[i + 1 :]))
    return a, b, a[i]


int_values = st.integers(-8, 8)
str_values = st.text(alphabet="ab", max_size=2)  # "" often, and many repeats
either = st.one_of(cases(int_values), cases(str_values))


@given(either)
def test_an_element_of_a(solution, case):
    """the result is one of a's elements, of the same type"""
    a, b, _ = case
    got = solution(a, b)
    kind = type(a[0]).__name__
    assert type(got) is type(a[0]), (
        f"the elements are of type {kind}, the result of type {type(got).__name__}"
    )
    assert got in a, f"{got!r} is not an element of a"


@given(either)
def test_one_more_in_a(solution, case):
    """the result occurs once more in a than in b"""
    a, b, _ = case
    got = solution(a, b)
    assert a.count(got) == b.count(got) + 1, (
        f"{got!r} occurs {a.count(got)} times in a and {b.count(got)} times in b"
    )


@given(
    st.one_of(
        st.lists(int_values, min_size=1, max_size=24), st.lists(str_values, min_size=1, max_size=24)
    ),
    st.data(),
)
def test_removed_copy_of_a_repeat(solution, values, data):
    """when the removed value also stays in b, it is still the answer"""
    kept = data.draw(st.sampled_from(values))
    solution.check([*values, kept], data.draw(st.permutations(values)), expected=kept)


@given(either)
def test_matches_reference(solution, case):
    """the result is the removed element (and neither list was modified)"""
    a, b, _ = case
    solution.check(a, b)
