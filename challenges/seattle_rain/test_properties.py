"""Examples and properties of rain_probability.

A call's data is `[prior, lie, yes, no]`, the two probabilities written as fractions in a
string ("1/3"); the function gets Fractions (harness.py). The answer must be a
fractions.Fraction and is compared exactly: `accept` reads the answer back and says what is
wrong with it, a float being a wrong type, never "close enough".

Answers that cannot happen under the model must raise ValueError. The examples tier can
only compare returned values, so those cases are the fixed list IMPOSSIBLE, checked by the
property test_impossible_answers_raise_value_error (and generated ones by the next).
"""

from fractions import Fraction

from hypothesis import assume, given
from hypothesis import strategies as st

from judge.challenge.authoring import Example

NOT_A_FRACTION = "not a Fraction"  # the harness's mark for any other kind of answer


def _fraction(collected):
    """The Fraction an answer read back stands for; AssertionError when it is not one."""
    if isinstance(collected, Fraction):  # an expected value written in EXAMPLES
        return collected
    if type(collected) is str and collected.startswith("Fraction("):
        numerator, denominator = collected.removeprefix("Fraction(").rstrip(")").split(", ")
        return Fraction(int(numerator), int(denominator))
    if type(collected) is tuple and len(collected) == 3 and collected[0] == NOT_A_FRACTION:
        _, kind, shown = collected
        article = "an" if kind[:1].lower() in "aeiou" else "a"
        raise AssertionError(
            f"the answer must be a fractions.Fraction, exact; yours is {article} {kind} ({shown})"
        )
    raise AssertionError(f"the answer must be a fractions.Fraction, not {collected!r}")


def _shown(collected):
    """An answer read back, as the learner wrote it."""
    if type(collected) is tuple and len(collected) == 3 and collected[0] == NOT_A_FRACTION:
        return f"{collected[2]} (a {collected[1]})"
    return str(collected)


def accept(args, expected, got):
    """`got` is the exact posterior, as a Fraction."""
    want, value = _fraction(expected), _fraction(got)
    assert value == want, f"P(rain | answers) is {want}, not {value}"


def data(prior, lie, yes, no):
    return (str(prior), str(lie), yes, no)


EXAMPLES = [
    Example(data("1/2", "1/3", 3, 0), Fraction(8, 9), "the guide's question, with even odds"),
    Example(data("1/4", "1/3", 3, 0), Fraction(8, 11), "the prior matters: 8/108 against 3/108"),
    Example(data("1/2", "1/3", 2, 1), Fraction(2, 3), "one no cancels one yes"),
    Example(data("3/10", "1/2", 5, 1), Fraction(3, 10), "lie = 1/2: the answers say nothing"),
    Example(data("3/10", "1/3", 0, 0), Fraction(3, 10), "no answers: the prior"),
    Example(data("1/2", "1/3", 0, 3), Fraction(1, 9), "everyone says dry"),
    Example(data("1/2", "2/3", 3, 0), Fraction(1, 9), "friends who mostly lie: yes means dry"),
    Example(data("0", "1/3", 3, 0), Fraction(0), "prior 0: it never rains, whatever they say"),
    Example(data("1", "1/3", 0, 3), Fraction(1), "prior 1: it always rains"),
    Example(data("1/2", "0", 3, 0), Fraction(1), "friends who never lie: certainty"),
    Example(data("1/2", "0", 0, 2), Fraction(0), "truthful friends saying dry"),
    Example(data("1/2", "1", 3, 0), Fraction(0), "friends who always lie saying rain: dry"),
    Example(data("1/5", "1", 0, 2), Fraction(1), "friends who always lie saying dry: rain"),
    Example(data("0", "0", 0, 4), Fraction(0), "a dry place and truthful friends saying dry"),
    Example(data("1", "1", 0, 2), Fraction(1), "a rainy place and liars saying dry"),
    Example(data("1/3", "0", 0, 0), Fraction(1, 3), "lie = 0 and no answers: the prior"),
    Example(data("1/2", "1", 0, 0), Fraction(1, 2), "lie = 1 and no answers: the prior"),
    Example(data("99/100", "1/10", 0, 1), Fraction(11, 12), "one dissenting voice"),
    Example(data("1/2", "1/3", 60, 40), Fraction(2**20, 2**20 + 1), "60 yes, 40 no: as 20 yes"),
    Example(data("1/2", "1/3", 50, 50), Fraction(1, 2), "as many yes as no: the prior"),
]

IMPOSSIBLE = [  # answers with probability 0 under the model: ValueError
    (data("1/2", "0", 2, 1), "friends who never lie, disagreeing"),
    (data("1/3", "0", 5, 5), "friends who never lie, disagreeing"),
    (data("1/2", "1", 1, 1), "friends who always lie, disagreeing"),
    (data("0", "0", 1, 0), "it never rains, and a friend who never lies says it does"),
    (data("1", "0", 0, 1), "it always rains, and a friend who never lies says it does not"),
    (data("0", "1", 0, 1), "it never rains, and a friend who always lies says so"),
    (data("1", "1", 1, 0), "it always rains, and a friend who always lies says so"),
]

probabilities = st.fractions(0, 1, max_denominator=20) | st.sampled_from(
    [Fraction(0), Fraction(1), Fraction(1, 2), Fraction(1, 3), Fraction(2, 3)]
)
inner = st.fractions(0, 1, max_denominator=20).filter(lambda f: 0 < f < 1)
counts = st.integers(0, 20)


def possible(prior, lie, yes, no):
    """Whether the answers have a probability above 0 under the model."""
    truth = 1 - lie
    return prior * truth**yes * lie**no + (1 - prior) * lie**yes * truth**no > 0


def raised(solution, args):
    """The call's outcome: ("returned", answer), ("ValueError", None), or the judge's
    report of another exception re-raised (it is that exception's runtime error)."""
    try:
        return "returned", solution(*args)
    except ValueError:  # the reference, called in this process (plain pytest)
        return "ValueError", None
    except Exception as exc:  # the judge's report of what the submission raised
        failure = getattr(exc, "failure", None)
        error = str(getattr(failure, "error", "") or "")
        if error.split(":", 1)[0].strip() == "ValueError":
            return "ValueError", None
        if getattr(getattr(exc, "verdict", None), "value", "") == "RE" and failure is not None:
            failure.message += " These answers are impossible: the statement asks for ValueError."
        raise


def expect_value_error(solution, args, why):
    outcome, answer = raised(solution, args)
    if outcome == "returned":
        prior, lie, yes, no = args
        raise AssertionError(
            f"prior={prior}, lie={lie}, yes={yes}, no={no} cannot happen ({why}): raise "
            f"ValueError instead of returning {_shown(answer)}"
        )


@given(probabilities, probabilities, counts, counts)
def test_matches_reference(solution, prior, lie, yes, no):
    """the exact posterior, for any prior, lie and answers that can happen"""
    assume(possible(prior, lie, yes, no))
    solution.check(*data(prior, lie, yes, no))


@given(probabilities, counts, counts)
def test_half_liars_give_the_prior(solution, prior, yes, no):
    """with lie = 1/2 the answers say nothing: the answer is the prior"""
    got = _fraction(solution(*data(prior, Fraction(1, 2), yes, no)))
    assert got == prior, (
        f"friends who lie half the time tell you nothing, so with yes={yes}, no={no} the "
        f"probability stays the prior {prior}, not {got}"
    )


@given(probabilities, probabilities)
def test_no_answers_give_the_prior(solution, prior, lie):
    """with no answers at all the answer is the prior"""
    got = _fraction(solution(*data(prior, lie, 0, 0)))
    assert got == prior, (
        f"with no answers (lie={lie}) the probability is the prior {prior}, not {got}"
    )


@given(probabilities, inner, counts, counts, st.integers(1, 20))
def test_only_the_difference_matters(solution, prior, lie, yes, no, extra):
    """when 0 < lie < 1, one more yes and one more no cancel out"""
    before = _fraction(solution(*data(prior, lie, yes, no)))
    after = _fraction(solution(*data(prior, lie, yes + extra, no + extra)))
    assert after == before, (
        f"with lie={lie}, {extra} more yes and {extra} more no multiply both likelihoods by "
        f"the same (lie * (1 - lie)) ** {extra}, so the answer cannot change: {before} for "
        f"yes={yes}, no={no}, but {after} for yes={yes + extra}, no={no + extra}"
    )


@given(probabilities, probabilities, counts, counts)
def test_rain_and_dry_swap(solution, prior, lie, yes, no):
    """swapping yes with no and the prior with 1 - prior gives 1 - the answer"""
    assume(possible(prior, lie, yes, no))
    rain = _fraction(solution(*data(prior, lie, yes, no)))
    dry = _fraction(solution(*data(1 - prior, lie, no, yes)))
    assert dry == 1 - rain, (
        f"P(rain) with prior={prior}, yes={yes}, no={no} is {rain} in your answer, so with "
        f"the prior {1 - prior} of dry weather and the answers swapped it must be "
        f"{1 - rain}, not {dry}"
    )


def test_impossible_answers_raise_value_error(solution):
    """answers that cannot happen under the model raise ValueError"""
    for args, why in IMPOSSIBLE:
        expect_value_error(solution, args, why)


@given(st.sampled_from([Fraction(0), Fraction(1)]), probabilities, counts, counts)
def test_more_impossible_answers(solution, lie, prior, yes, no):
    """any answers of probability 0 (lie = 0 or 1) raise ValueError"""
    assume(not possible(prior, lie, yes, no))
    expect_value_error(solution, data(prior, lie, yes, no), "their probability is 0")
