"""Examples and properties of running_medians.

Answers are compared exactly, types included: every median of ints within 1e9 is an exact
float (an odd prefix's middle value as a float, an even prefix's (a + b) / 2), so there is no
rounding to forgive, and an int where a float is promised is a wrong type. A numpy float64
counts as a float.
"""

import statistics

from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example, type_name

LIMIT = 10**9  # values are ints within this of zero (the statement)

EXAMPLES = [
    Example(([],), [], "no values, no medians"),
    Example(([5],), [5.0], "one value: its median is itself, as a float"),
    Example(([1, 3],), [1.0, 2.0], "an even prefix: the mean of the two middle values"),
    Example(
        ([2, 1, 5, 7, 2, 0, 5],),
        [2.0, 1.5, 2.0, 3.5, 2.0, 2.0, 2.0],
        "a mixed list with repeats",
    ),
    Example(([1, 2, 100],), [1.0, 1.5, 2.0], "an outlier moves the mean (34.33), not the median"),
    Example(([5, 4, 3, 2, 1],), [5.0, 4.5, 4.0, 3.5, 3.0], "decreasing values"),
    Example(([4, 1, 3, 2],), [4.0, 2.5, 3.0, 2.5], "the middle changes halves"),
    Example(([3, 3, 3],), [3.0, 3.0, 3.0], "equal values"),
    Example(([0, 10, 0, 10, 0, 10],), [0.0, 5.0, 0.0, 5.0, 0.0, 5.0], "two values taking turns"),
    Example(([-1, -2],), [-1.0, -1.5], "negative values: -1.5, not -2 (floor division)"),
    Example(([1, 1_000_000_000],), [1.0, 500_000_000.5], "large values: exact halves"),
    Example(([-(10**9), 10**9],), [-1e9, 0.0], "the extremes cancel"),
]

small = st.lists(st.integers(-5, 5), max_size=40)  # many repeats
wide = st.lists(st.integers(-LIMIT, LIMIT), max_size=40)
value_lists = small | wide


@given(value_lists)
def test_one_float_per_value(solution, values):
    """one median per value, each a float"""
    got = solution(values)
    assert type(got) is list, f"expected a list of floats, got {type_name(got)}"
    assert len(got) == len(values), (
        f"{len(values)} values need {len(values)} medians, not {len(got)}"
    )
    odd = next((m for m in got if type_name(m) not in ("float", "float64")), None)
    assert odd is None, f"every median must be a float (3.0, not 3); yours holds {odd!r}"


@given(value_lists)
def test_matches_reference(solution, values):
    """the median of every prefix, an even prefix's being the mean of its two middle values"""
    solution.check(values)


@given(st.lists(st.integers(-LIMIT, LIMIT), min_size=1, max_size=40))
def test_last_is_the_median_of_all(solution, values):
    """the last median is the median of the whole list"""
    want = float(statistics.median(values))
    got = solution(values)[-1]
    assert got == want, f"the median of all of {values} is {want!r}, your last median is {got!r}"


@given(st.lists(st.integers(-1000, 1000), max_size=40), st.integers(-(10**6), 10**6))
def test_shift_moves_every_median(solution, values, shift):
    """adding a constant to every value adds it to every median"""
    before = solution(values)
    after = solution([x + shift for x in values])
    moved = [m + shift for m in before]
    assert after == moved, (
        f"adding {shift} to every value of {values} should move your medians {before} to "
        f"{moved}, not {after}"
    )


@given(value_lists, st.integers(0, 40))
def test_prefix_of_the_answer(solution, values, cut):
    """the medians of a prefix of the list are a prefix of the medians"""
    whole, part = solution(values), solution(values[:cut])
    assert part == whole[:cut], (
        f"the medians of {values[:cut]} are {part}, but those of the first {cut} values of "
        f"{values} are {whole[:cut]}: a later value cannot change an earlier median"
    )
