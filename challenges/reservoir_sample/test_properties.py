"""Examples and properties of sample_queries.

A call's data is `[queries, k, seed]`: the function gets a one-pass stream of the queries,
k, and `random.Random(seed)` (see harness.py). A sample is random, so it is not compared
with the reference's: `accept` checks that it is *a* sample (min(k, n) queries from
distinct positions of the stream), and the distribution tests call the function over a
thousand fixed seeds and test what comes back with scipy.stats. The seeds are fixed, so a
verdict never changes between runs; the significance level is so small (ALPHA) that a
uniform sampler fails with a chance of about one in a billion, whatever its code, while
the classic biased samplers fail by twenty orders of magnitude.
"""

from collections import Counter
from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example, Rejected

ALPHA = 1e-9  # the chance that a test rejects a truly uniform sampler (Bonferroni-corrected)
# Calls per distribution test, each with its own fixed seed: enough for the classic biases
# to fall below ALPHA by orders of magnitude (the position test needs the most).
PICKS, SAMPLES, PAIRS = 500, 1_000, 500


def accept(args, expected, got):
    """`got` is a sample of the stream `args[0]`: a list of min(k, n) of its queries,
    from distinct positions (so each query at most as often as it occurs)."""
    stream, k, _ = args
    assert type(got) is list, f"expected a list of queries, got {_a(type(got).__name__)}"
    odd = next((q for q in got if type(q) is not str), None)
    assert odd is None, f"your sample holds {odd!r}, {_a(type(odd).__name__)}, not a query (a str)"
    wanted = Counter(got)
    n = 0
    for query in stream:  # one pass, as the function had: the stream may be long
        n += 1
        if wanted.get(query, 0) > 0:
            wanted[query] -= 1
    assert len(got) == min(k, n), (
        f"your sample has {_queries(len(got))}; with k = {k:,} and a stream of {_queries(n)} it "
        f"must have min(k, n) = {min(k, n):,}"
    )
    extra = {query: left for query, left in wanted.items() if left > 0}
    if extra:
        query, left = next(iter(extra.items()))
        times = Counter(got)[query]
        occurs = times - left
        where = f"occurs only {_times(occurs)} in the stream" if occurs else "is not in the stream"
        raise AssertionError(
            f"your sample holds {query!r} {_times(times)}, but it {where}: a sample takes "
            "each position of the stream at most once"
        )


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _queries(count: int) -> str:
    return f"{count:,} {'query' if count == 1 else 'queries'}"


def _p(value: float) -> str:
    """A p-value as the learner reads it (a zero from underflow is just very small)."""
    return f"p = {value:.0e}" if value > 0 else "p < 1e-300"


def _times(count: int) -> str:
    return {1: "once", 2: "twice"}.get(count, f"{count} times")


EXAMPLES = [
    Example((["a", "b", "c"], 5, 1), ["a", "b", "c"], "fewer queries than k: all of them"),
    Example((["a", "b", "c"], 3, 2), ["c", "b", "a"], "exactly k queries: all of them, any order"),
    Example(([], 3, 3), [], "an empty stream gives an empty sample"),
    Example((["a", "b"], 0, 4), [], "k = 0 gives an empty sample"),
    Example((["x"] * 10, 3, 5), ["x", "x", "x"], "duplicates: positions are sampled, not values"),
    Example(
        (["x", "x", "y"], 3, 6), ["x", "y", "x"], "a repeated query is kept as often as it occurs"
    ),
    Example((["x", "y", "x", "y"], 4, 7), ["x", "x", "y", "y"], "k = n with repeats"),
    Example((["", " ", "  "], 3, 8), ["", " ", "  "], "empty and blank queries are queries too"),
    Example(
        (["pizza near me"] * 300, 100, 9),
        ["pizza near me"] * 100,
        "a long run of one popular query",
    ),
    Example((["only"], 1, 10), ["only"], "a single query and k = 1"),
    Example((["only"], 2, 11), ["only"], "a single query and k = 2"),
]

# -- any stream --------------------------------------------------------------------------
# Few distinct queries, so that repeats are the rule.
queries = st.lists(st.sampled_from(["a", "b", "c", "a b", "", "café"]) | st.text(max_size=3))


@given(queries, st.integers(0, 12), st.integers(0, 2**32 - 1))
def test_a_sample_of_the_stream(solution, stream, k, seed):
    """the result holds min(k, n) queries, each from a distinct position of the stream"""
    solution.check(stream, k, seed)


def test_same_seed_same_sample(solution):
    """all randomness comes from rng: the same seed gives the same sample"""
    stream = [f"q{i}" for i in range(50)]
    for seed in range(5):
        first, second = solution(stream, 10, seed), solution(stream, 10, seed)
        assert Counter(first) == Counter(second), (
            f"called twice with the same stream, k = 10 and random.Random({seed}), your "
            "function returned two different samples: take every random number from rng "
            "(not from the random module, numpy or the clock), so that a result can be "
            "reproduced"
        )


# -- the distribution --------------------------------------------------------------------
def _samples(solution, n: int, k: int, first_seed: int, count: int) -> list[tuple[int, ...]]:
    """The positions (sorted) of `count` samples of k from the distinct queries q0..q{n-1}."""
    stream = [f"q{i}" for i in range(n)]
    position = {query: i for i, query in enumerate(stream)}
    samples = []
    for seed in range(first_seed, first_seed + count):
        got = solution(stream, k, seed)
        if not (type(got) is list and len(got) == k and len(set(got)) == k <= n):
            solution.check(stream, k, seed)  # says exactly what is wrong with this one
        sample = tuple(sorted(position.get(query, -1) for query in got))
        if sample[0] < 0:
            solution.check(stream, k, seed)
        samples.append(sample)
    return samples


def _about(count: float) -> str:
    return f"{count:,.0f}" if count >= 10 else f"{count:.1f}"


def _run(count: int, n: int, k: int) -> str:
    return f"{count:,} samples of k = {k} from a stream of {n} distinct queries, fixed seeds"


def test_one_pick_is_uniform(solution):
    """with k = 1, each of the n queries is the one picked equally often"""
    from scipy.stats import chisquare

    n = 5
    samples = _samples(solution, n, 1, first_seed=10_000, count=PICKS)
    counts = Counter(sample[0] for sample in samples)
    observed = [counts[i] for i in range(n)]
    p_value = chisquare(observed).pvalue
    position = max(range(n), key=lambda i: abs(observed[i] - PICKS / n))
    if p_value < ALPHA:
        raise Rejected(
            f"position {position} was picked {observed[position]:,} times in {PICKS:,} "
            f"samples; a uniform sampler picks each of the {n} positions about "
            f"{_about(PICKS / n)} times (counts {observed}, chi-square {_p(p_value)})",
            input=_run(PICKS, n, 1),
        )


def test_every_position_equally_likely(solution):
    """every position of the stream is in the sample k/n of the time, the first ones too"""
    from scipy.stats import binomtest

    n, k = 8, 2
    samples = _samples(solution, n, k, first_seed=20_000, count=SAMPLES)
    counts = Counter(i for sample in samples for i in sample)
    tests = [(binomtest(counts[i], SAMPLES, k / n).pvalue, i) for i in range(n)]
    p_value, position = min(tests)
    if p_value < ALPHA / n:
        raise Rejected(
            f"position {position} was chosen {counts[position]:,} times in {SAMPLES:,} "
            f"samples; a uniform sampler chooses it about {_about(SAMPLES * k / n)} times "
            f"({_p(p_value)}). Per position: {[counts[i] for i in range(n)]}",
            input=_run(SAMPLES, n, k),
        )


def test_every_pair_equally_likely(solution):
    """every pair of positions is the sample equally often (not just every position)"""
    from scipy.stats import binomtest

    n, k = 6, 2
    counts = Counter(_samples(solution, n, k, first_seed=30_000, count=PAIRS))
    pairs = list(combinations(range(n), k))
    tests = [(binomtest(counts[pair], PAIRS, 1 / len(pairs)).pvalue, pair) for pair in pairs]
    p_value, pair = min(tests)
    if p_value < ALPHA / len(pairs):
        raise Rejected(
            f"positions {pair[0]} and {pair[1]} were the sample {counts[pair]:,} times in "
            f"{PAIRS:,} samples; a uniform sampler picks each of the {len(pairs)} pairs about "
            f"{_about(PAIRS / len(pairs))} times ({_p(p_value)}), even when every single "
            "position comes up equally often",
            input=_run(PAIRS, n, k),
        )
