"""Examples and properties of precision_recall_f1.

A call's data is `[y_true, y_pred]`, two lists of bools of the same, non-zero length. The
result crosses the boundary re-encoded by harness.collect: each Fraction as the text
"Fraction(n, d)" of its exact value, anything else recognisably not one. `accept` reads the
texts back and compares the three values exactly, and names the classic mistakes: precision
and recall swapped, F1 as the arithmetic mean, a float (or a Fraction made from a float),
a 0/0 that is not 0.
"""

import re
from fractions import Fraction
from operator import and_

from hypothesis import given
from hypothesis import strategies as st

from judge.challenge.authoring import Example, type_name

NAMES = ("precision", "recall", "F1")
FRACTION_TEXT = re.compile(r"Fraction\((-?\d+), (\d+)\)")


def _text(value: Fraction) -> str:
    """A Fraction as harness.collect sends it."""
    return f"Fraction({value.numerator}, {value.denominator})"


def answer(precision, recall, f1) -> tuple[str, str, str]:
    """An expected result, as harness.collect sends one."""
    return tuple(_text(Fraction(value)) for value in (precision, recall, f1))


def _value(item) -> Fraction | None:
    """The Fraction a collected item stands for, or None when it is not a Fraction."""
    match = FRACTION_TEXT.fullmatch(item) if type(item) is str else None
    return Fraction(int(match[1]), int(match[2])) if match and int(match[2]) else None


def _what(item) -> str:
    """A collected item that is not a Fraction, in words."""
    if type(item) is tuple and len(item) == 2 and item[0] == "str":
        return f"a str ({item[1]!r})"
    if type(item) is tuple and len(item) == 2 and type(item[0]) is str:
        return f"a {item[0]} ({item[1]})"
    kind = type_name(item)
    return f"{'an' if kind[:1] in 'aeiou' else 'a'} {kind} ({item!r})"[:200]


def _shown(value: Fraction) -> str:
    return f"Fraction({value.numerator}, {value.denominator})"


def _zero_over_zero(name: str, y_true, y_pred) -> str | None:
    """Why this one of the three is 0/0 on this input, if it is."""
    if name == "precision" and not any(y_pred):
        return "there are no predicted positives, so precision is 0/0"
    if name == "recall" and not any(y_true):
        return "there are no actual positives, so recall is 0/0"
    if name == "F1" and not any(map(and_, y_true, y_pred)):
        return "there are no true positives, so precision + recall = 0 and F1 is 0/0"
    return None


def accept(args, expected, got):
    """`got` is the tuple of the three exact Fractions `expected` holds."""
    y_true, y_pred = args
    want = tuple(_value(item) for item in expected)
    assert type(got) is tuple and len(got) == 3, (
        f"expected a tuple (precision, recall, f1) of three Fractions, got "
        f"{_what(got) if type(got) is not tuple else f'a tuple of {len(got)}'}"
    )
    values = []
    for name, item in zip(NAMES, got, strict=True):
        value = _value(item)
        if value is None:
            raise AssertionError(
                f"{name} is {_what(item)}, not a fractions.Fraction: build each of the three "
                "exactly from the integer counts, e.g. Fraction(tp, tp + fp) (a 0/0 is "
                "Fraction(0), not the int 0)"
            )
        values.append(value)
    if (values[0], values[1]) == (want[1], want[0]) and want[0] != want[1]:
        raise AssertionError(
            f"precision and recall are swapped: precision is {_shown(want[0])} (tp / (tp + fp): "
            f"of the predicted positives, the share that is right), recall is {_shown(want[1])} "
            "(tp / (tp + fn): of the actual positives, the share found)"
        )
    for name, value, right in zip(NAMES, values, want, strict=True):
        if value == right:
            continue
        why = ""
        if name == "F1" and values[:2] == list(want[:2]) and value == (want[0] + want[1]) / 2:
            why = (
                ": that is the arithmetic mean of precision and recall; F1 is their harmonic "
                "mean, 2PR / (P + R)"
            )
        elif right and value == Fraction(float(right)):
            why = (
                ": that is the float nearest to it, made exact; a Fraction made from a float "
                "division is not the ratio of the counts"
            )
        elif right == 0 and (reason := _zero_over_zero(name, y_true, y_pred)):
            why = f": {reason}, which the contract makes 0"
        raise AssertionError(f"{name}: expected {_shown(right)}, got {_shown(value)}{why}")


T, F = True, False

EXAMPLES = [
    Example(
        ([T, T, T, F, F, F], [T, F, F, T, F, F]),
        answer(Fraction(1, 2), Fraction(1, 3), Fraction(2, 5)),
        "1 tp, 1 fp, 2 fn: precision 1/2, recall 1/3, F1 2/5 (their mean would be 5/12)",
    ),
    Example(([T, F, T, F], [T, F, T, F]), answer(1, 1, 1), "a perfect prediction"),
    Example(
        ([T, F, F, F], [T, T, T, T]),
        answer(Fraction(1, 4), 1, Fraction(2, 5)),
        "everything predicted positive: full recall, low precision",
    ),
    Example(
        ([T, T, T, T, F], [T, F, F, F, F]),
        answer(1, Fraction(1, 4), Fraction(2, 5)),
        "one cautious prediction: full precision, low recall",
    ),
    Example(
        ([T, F, T], [F, F, F]),
        answer(0, 0, 0),
        "no predicted positives: precision is 0/0, so 0",
    ),
    Example(
        ([F, F, F], [T, F, F]),
        answer(0, 0, 0),
        "no actual positives: recall is 0/0, so 0",
    ),
    Example(
        ([T, F], [F, T]),
        answer(0, 0, 0),
        "no true positives: precision + recall = 0, so F1 is 0/0, so 0",
    ),
    Example(([F, F], [F, F]), answer(0, 0, 0), "nothing positive at all: all three are 0/0"),
    Example(([T], [T]), answer(1, 1, 1), "a single label, right"),
    Example(([F], [T]), answer(0, 0, 0), "a single label, a false positive"),
    Example(
        ([T, T, F, F, T, F], [T, T, T, F, F, F]),
        answer(Fraction(2, 3), Fraction(2, 3), Fraction(2, 3)),
        "precision = recall: F1 is the same",
    ),
    Example(
        ([T, T, F, T, T, F, F], [T, T, T, T, F, F, T]),
        answer(Fraction(3, 5), Fraction(3, 4), Fraction(2, 3)),
        "3 tp, 2 fp, 1 fn: F1 = 6/9 = 2/3, in lowest terms",
    ),
]


@st.composite
def labelled(draw, max_size: int = 60):
    """Two lists of bools of one length, from all-negative to all-positive."""
    n = draw(st.integers(1, max_size))
    y_true = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    y_pred = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    return y_true, y_pred


@given(labelled())
def test_matches_the_definitions(solution, labels):
    """precision = tp / (tp + fp), recall = tp / (tp + fn), F1 = 2PR / (P + R), exactly"""
    solution.check(*labels)


@given(labelled())
def test_swapping_truth_and_prediction_swaps_precision_and_recall(solution, labels):
    """with y_true and y_pred exchanged, precision and recall trade places and F1 stays"""
    y_true, y_pred = labels
    first = solution.check(y_true, y_pred)
    second = solution.check(y_pred, y_true)
    assert (second[0], second[1], second[2]) == (first[1], first[0], first[2]), (
        f"for (y_true, y_pred) you return {first}, for (y_pred, y_true) {second}: the false "
        "positives of one are the false negatives of the other"
    )


@given(st.lists(st.booleans(), min_size=1, max_size=200), st.randoms(use_true_random=False))
def test_order_of_the_pairs_does_not_matter(solution, y_true, rng):
    """shuffling the pairs (truth, prediction) together changes nothing"""
    y_pred = [truth if rng.random() < 0.7 else not truth for truth in y_true]
    pairs = list(zip(y_true, y_pred, strict=True))
    rng.shuffle(pairs)
    first = solution.check(y_true, y_pred)
    shuffled = solution.check([t for t, _ in pairs], [p for _, p in pairs])
    assert shuffled == first, f"the same pairs in another order gave {shuffled}, not {first}"
