"""Examples and properties of stratified_split.

A call's data is `[labels, test_fraction, seed]`: the function gets the labels (a fresh
list), the fraction and `random.Random(seed)` (see harness.py). A split is random, so it is
not compared with the reference's: `accept` checks that it is *a* stratified split (two
ascending lists of indices that share none and cover all, with exactly
round(test_fraction * count) of each class in test), and the distribution tests call the
function over hundreds of fixed seeds and test what comes back with scipy.stats. The seeds
are fixed, so a verdict never changes between runs; the significance level is so small
(ALPHA) that a uniform split fails with a chance of about one in a billion, whatever its
code, while the classic biased ones fail by many orders of magnitude.
"""

from collections import Counter
from itertools import combinations, pairwise

from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example, Rejected, type_name

ALPHA = 1e-9  # the chance that a test rejects a truly uniform split (Bonferroni-corrected)
POSITIONS, SUBSETS = 400, 400  # calls per distribution test, each with its own fixed seed
INTEGER_TYPES = ("int", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _indices(side: str, values, n: int) -> list[int]:
    """The list `values` as ints, checked: a list of ints in 0..n-1, ascending, no repeats."""
    assert type(values) is list, f"{side} should be a list of indices, not {_a(type_name(values))}"
    odd = next((v for v in values if type_name(v) not in INTEGER_TYPES), None)
    assert odd is None, f"{side} holds {odd!r}, {_a(type_name(odd))}, not an index (an int)"
    values = [int(v) for v in values]
    outside = next((v for v in values if not 0 <= v < n), None)
    assert outside is None, (
        f"{side} holds {outside}, but the indices of {n} labels are 0 to {n - 1}"
    )
    for a, b in pairwise(values):
        assert a != b, f"{side} holds index {a} twice"
        assert a < b, f"{side} is not in ascending order ({a} comes before {b}); sort it"
    return values


def accept(args, expected, got):
    """`got` is a stratified split of `args`: (train, test), ascending lists of indices that
    share none and cover all, with round(test_fraction * count) of each class in test."""
    labels, test_fraction, _ = args
    n = len(labels)
    assert type(got) is tuple and len(got) == 2, (
        f"expected a tuple (train, test) of two lists, got {_a(type_name(got))}"
    )
    train, test = _indices("train", got[0], n), _indices("test", got[1], n)
    both = set(train) & set(test)
    assert not both, f"index {min(both)} is in both train and test"
    missing = set(range(n)) - set(train) - set(test)
    assert not missing, f"index {min(missing)} is in neither train nor test"
    counts = Counter(labels)
    in_test = Counter(labels[i] for i in test)
    for label, count in counts.items():
        wanted = round(test_fraction * count)
        if in_test[label] != wanted:
            raise AssertionError(
                f"class {label!r} has {count} sample{'s' if count != 1 else ''}, so "
                f"round({test_fraction!r} * {count}) = {wanted} of them must be in test; "
                f"yours has {in_test[label]}"
            )


TRAIN_OF_47 = [3, 6, 15, 16, 18, 21, 22, 24, 26, 32, 35, 37, 39, 41, 45]

EXAMPLES = [
    Example((["a", "b", "a", "b"], 0.5, 1), ([2, 3], [0, 1]), "half of each class"),
    Example(([], 0.3, 2), ([], []), "no labels: two empty lists"),
    Example((["a", "a", "b"], 0.0, 3), ([0, 1, 2], []), "test_fraction 0: all in train"),
    Example((["a", "a", "b"], 1.0, 4), ([], [0, 1, 2]), "test_fraction 1: all in test"),
    Example((["x"], 0.4, 5), ([0], []), "one sample: round(0.4) = 0"),
    Example((["x"], 0.5, 6), ([0], []), "round(0.5) = 0: Python rounds halves to even"),
    Example((["x", "x", "x"], 0.5, 7), ([2], [0, 1]), "round(1.5) = 2: two of the three"),
    Example((["x"] * 5, 0.5, 8), ([0, 3, 4], [1, 2]), "round(2.5) = 2, not 3: half to even"),
    Example(
        (["spam", "ham", "ham", "spam", "ham", "ham", "ham", "ham"], 0.25, 9),
        ([0, 1, 2, 3, 4, 7], [5, 6]),
        "per class: round(0.25 * 2) = 0 spam, round(0.25 * 6) = 2 ham",
    ),
    Example(
        (["a"] * 45 + ["b", "b"], 0.7, 10),
        (TRAIN_OF_47, [i for i in range(47) if i not in TRAIN_OF_47]),
        "the float product: 0.7 * 45 is 31.499999999999996, so 31 of the a's, not 32",
    ),
    Example((["a", "b", "c"], 0.9, 11), ([], [0, 1, 2]), "one sample per class: round(0.9) = 1"),
    Example(
        (["common"] * 9 + ["rare"], 0.2, 12),
        ([0, 1, 2, 3, 5, 6, 8, 9], [4, 7]),
        "a rare class: round(0.2 * 1) = 0, it stays in train",
    ),
    Example((["", " ", "", " "], 0.5, 13), ([0, 1], [2, 3]), "any strings are labels, '' too"),
    Example((["a", "A", "a", "A"], 0.5, 14), ([2, 3], [0, 1]), "labels are case-sensitive"),
]

# -- any labels ------------------------------------------------------------------------------
LABELS = st.lists(st.sampled_from(["a", "b", "c", "spam", "ham", "", "é"]) | st.text(max_size=2))
FRACTIONS = st.sampled_from([0.0, 0.1, 0.2, 0.25, 0.3, 0.5, 0.7, 0.75, 0.9, 1.0]) | st.floats(0, 1)


@given(LABELS, FRACTIONS, st.integers(0, 2**32 - 1))
def test_a_stratified_split(solution, labels, test_fraction, seed):
    """train and test cover every index once, ascending, with round(test_fraction * count)
    of each class in test"""
    solution.check(labels, test_fraction, seed)


def test_same_seed_same_split(solution):
    """all randomness comes from rng: the same seed gives the same split"""
    labels = ["a", "b", "c"] * 10
    for seed in range(5):
        first, second = solution(labels, 0.5, seed), solution(labels, 0.5, seed)
        assert first == second, (
            f"called twice with the same labels, test_fraction = 0.5 and random.Random({seed}), "
            "your function returned two different splits: take every random number from rng "
            "(not from the random module, numpy or the clock), so that a result can be "
            "reproduced"
        )


# -- the distribution ------------------------------------------------------------------------
def _tests(solution, labels: list[str], test_fraction: float, first_seed: int, count: int):
    """The test sides of `count` calls with seeds first_seed, first_seed + 1, ..."""
    tests = []
    for seed in range(first_seed, first_seed + count):
        got = solution(labels, test_fraction, seed)
        if not (type(got) is tuple and len(got) == 2 and type(got[1]) is list):
            solution.check(labels, test_fraction, seed)  # says exactly what is wrong
        tests.append(set(got[1]))
    return tests


def _p(value: float) -> str:
    return f"p = {value:.0e}" if value > 0 else "p < 1e-300"


# Three classes, interleaved: 6 a's (round(0.4 * 6) = 2 in test), 5 b's (2) and 3 c's (1).
MIXED = ["a", "b", "a", "c", "b", "a", "a", "b", "c", "a", "b", "a", "c", "b"]


def test_every_member_equally_likely(solution):
    """each member of a class is in test equally often, the first ones and the last ones"""
    from scipy.stats import binomtest

    counts = Counter(i for test in _tests(solution, MIXED, 0.4, 10_000, POSITIONS) for i in test)
    sizes = Counter(MIXED)
    tests = []
    for i, label in enumerate(MIXED):
        chance = round(0.4 * sizes[label]) / sizes[label]
        tests.append((binomtest(counts[i], POSITIONS, chance).pvalue, i, chance))
    p_value, index, chance = min(tests)
    if p_value < ALPHA / len(MIXED):
        label = MIXED[index]
        per_member = {i: counts[i] for i, other in enumerate(MIXED) if other == label}
        raise Rejected(
            f"index {index} (class {label!r}) was in test {counts[index]} times in "
            f"{POSITIONS} splits; each of the {sizes[label]} {label!r}s should be there about "
            f"{POSITIONS * chance:.0f} times ({_p(p_value)}). Per {label!r}: {per_member}",
            input=f"{POSITIONS} splits of labels={MIXED!r} with test_fraction=0.4, fixed seeds",
        )


# 5 x's (round(0.4 * 5) = 2 in test: 10 possible pairs) among 4 y's (2 of them).
PAIRED = ["x", "y", "x", "x", "y", "x", "y", "y", "x"]


def test_every_subset_equally_likely(solution):
    """every pair of a class's members is the test part equally often (not just every
    member)"""
    from scipy.stats import binomtest

    members = [i for i, label in enumerate(PAIRED) if label == "x"]
    pairs = list(combinations(members, 2))
    splits = _tests(solution, PAIRED, 0.4, 20_000, SUBSETS)
    counts = Counter(tuple(sorted(test & set(members))) for test in splits)
    tests = [(binomtest(counts[pair], SUBSETS, 1 / len(pairs)).pvalue, pair) for pair in pairs]
    p_value, pair = min(tests)
    if p_value < ALPHA / len(pairs):
        raise Rejected(
            f"the x's at indices {pair[0]} and {pair[1]} were the x's in test "
            f"{counts[pair]} times in {SUBSETS} splits; each of the {len(pairs)} pairs of x's "
            f"should be about {SUBSETS / len(pairs):.0f} times ({_p(p_value)}), even when "
            "every single x is in test equally often",
            input=f"{SUBSETS} splits of labels={PAIRED!r} with test_fraction=0.4, fixed seeds",
        )
