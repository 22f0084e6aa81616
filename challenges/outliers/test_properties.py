"""Examples and properties of outlier_indices.

Answers are compared exactly: a list of ints (numpy ints count), ascending. The examples hold
the traps the statement names: one huge value that masks the others from a mean/standard
deviation z-score, an even-length median (the mean of the two middle values, for the MAD
too), a MAD of 0, and a score of exactly 3.5 (which does not exceed 3.5). The properties
need no reference for most of what they check: the order of the values, a shift or a scaling
by a power of two (exact in floating point) cannot change which values are outliers.
"""

from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example, type_name

ON_THE_LINE = 8.283543365455893  # with -2, -1, 0, 1, 2: a score of exactly 3.5
JUST_OVER = 8.283543365455895  # the next float up: a score of 3.5000000000000004

EXAMPLES = [
    Example(([],), [], "no values, no outliers"),
    Example(([7.0],), [], "a single value is its own median"),
    Example(([2.0, 2.0, 2.0],), [], "equal values: MAD 0, and nothing differs from the median"),
    Example(
        ([10.0, 11.0, 9.0, 10.0, 12.0, 10.0, 11.0, 9.0, 50.0, 1e6],),
        [8, 9],
        "the huge value masks 50 from a mean/standard-deviation z-score (no z exceeds 3)",
    ),
    Example(
        ([170.0, 172.0, 168.0, 171.0, 169.0, 250.0],),
        [5],
        "heights: median 170.5, MAD 1.5, 250 scores 35.7",
    ),
    Example(
        ([0.0, 4.0, 0.0, 1.0],),
        [1],
        "even length: the median is 0.5 and the MAD 0.5, not one middle element",
    ),
    Example(([100.0, 1.0, 2.0, 3.0, -100.0],), [0, 4], "outliers on both sides, ascending"),
    Example(([5.0, 5.0, 5.0, 5.0, 9.0],), [4], "MAD 0: every value off the median is an outlier"),
    Example(
        ([1.0, 3.0, 3.0, 3.0, 3.0, 7.0],),
        [0, 5],
        "MAD 0 with an even length: even 1 and 7, close as they are",
    ),
    Example(
        ([-2.0, -1.0, 0.0, 1.0, 2.0, ON_THE_LINE],),
        [],
        "a score of exactly 3.5 does not exceed 3.5",
    ),
    Example(
        ([-2.0, -1.0, 0.0, 1.0, 2.0, JUST_OVER],),
        [5],
        "a score of 3.5000000000000004 does",
    ),
    Example(([3.0, -50.0, 3.5, 2.5, 3.0, 4.0, 2.0],), [1], "a low outlier"),
    Example(
        ([1.0, 1.0, 2.0, 2.0, 3.0, 3.0, 40.0, 40.0],),
        [6, 7],
        "a repeated outlier is still an outlier",
    ),
]

few = st.lists(st.integers(0, 5).map(float), max_size=30)  # repeats: the MAD is often 0
heights = st.lists(
    st.integers(1500, 1900).map(lambda k: k / 10) | st.floats(-1000.0, 1000.0),
    max_size=40,
)
anything = st.lists(st.floats(-1e9, 1e9), max_size=30)
value_lists = few | heights | anything


@given(value_lists)
def test_indices_ascending(solution, values):
    """a list of distinct indices of values, ascending, each an int"""
    got = solution(values)
    assert type(got) is list, f"expected a list of indices, got {type_name(got)}"
    odd = next((i for i in got if type_name(i) not in ("int", "int64", "int32")), None)
    assert odd is None, f"indices are ints; yours holds {odd!r} ({type_name(odd)})"
    assert all(0 <= i < len(values) for i in got), f"{got} holds an index outside the list"
    assert got == sorted(set(got)), f"the indices must be distinct and ascending, not {got}"


@given(value_lists)
def test_matches_reference(solution, values):
    """the indices whose modified z-score exceeds 3.5 in absolute value"""
    solution.check(values)


@given(value_lists)
def test_never_more_than_half(solution, values):
    """at most half the values are outliers (half are within one MAD of the median)"""
    got = solution(values)
    assert 2 * len(got) <= len(values), (
        f"{len(got)} of {len(values)} values are outliers in your answer {got}: at least half "
        "of any list is within one MAD of its median, and scores at most 0.6745"
    )


@given(st.permutations(list(range(12))), few | heights)
def test_order_of_the_values(solution, order, values):
    """reordering the values reorders the outliers, nothing else"""
    order = [i for i in order if i < len(values)]
    values = values[: len(order)]
    shuffled = [values[i] for i in order]
    before = solution(values)
    want = sorted(j for j, i in enumerate(order) if i in set(before))
    got = solution(shuffled)
    assert got == want, (
        f"the outliers of {values} are {before} in your answer; reordered as {shuffled} they "
        f"should be at {want}, not {got}"
    )


@given(
    st.lists(st.integers(-1000, 1000).map(float), max_size=30),
    st.integers(-(10**6), 10**6),
    st.sampled_from([0.25, 0.5, 2.0, 4.0, 1024.0]),
)
def test_shift_and_scale(solution, values, shift, scale):
    """adding a whole number, or multiplying by a power of two, keeps the outliers"""
    before = solution(values)
    moved = solution([(x + shift) * scale for x in values])
    assert moved == before, (
        f"the outliers of {values} are {before} in your answer, but after adding {shift} and "
        f"multiplying by {scale} (which changes no score) they are {moved}"
    )


@given(
    st.floats(-1e6, 1e6),
    st.integers(1, 20),
    st.lists(st.floats(-1e6, 1e6), max_size=19),
    st.randoms(use_true_random=False),
)
def test_mad_zero(solution, common, copies, others, rng):
    """when more than half the values are equal, every other value is an outlier"""
    others = [x for x in others if x != common][: copies - 1]
    values = [common] * copies + others
    rng.shuffle(values)
    want = [i for i, x in enumerate(values) if x != common]
    got = solution(values)
    assert got == want, (
        f"{copies} of the {len(values)} values {values} are {common!r}: the median is "
        f"{common!r} and the MAD 0, so the outliers are {want}, not {got}"
    )
