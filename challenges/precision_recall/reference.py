"""Precision, recall and F1 of the positive class from three counts, in one pass, exactly.

With tp the pairs (True, True), fp the pairs (False, True) and fn the pairs (True, False):

- precision = tp / (tp + fp) = tp / predicted: of the predicted positives, the share right;
- recall = tp / (tp + fn) = tp / actual: of the actual positives, the share found;
- F1 = 2PR / (P + R), their harmonic mean, which simplifies to 2 tp / (predicted + actual).

Each is a `Fraction` built from integers, so it is exact and in lowest terms. Every 0/0 is 0
by the contract: predicted = 0 (precision), actual = 0 (recall), and P + R = 0, which
happens exactly when tp = 0 (F1; then also 2 tp = 0 over a positive or zero count).

Time O(n): `sum(map(and_, ...))` and `sum(...)` run their loops in C. Memory O(1).
"""

from fractions import Fraction
from operator import and_


def precision_recall_f1(
    y_true: list[bool], y_pred: list[bool]
) -> tuple[Fraction, Fraction, Fraction]:
    tp = sum(map(and_, y_true, y_pred))  # True & True is True; the sum counts them
    predicted = sum(y_pred)  # tp + fp
    actual = sum(y_true)  # tp + fn
    precision = Fraction(tp, predicted) if predicted else Fraction(0)
    recall = Fraction(tp, actual) if actual else Fraction(0)
    f1 = Fraction(2 * tp, predicted + actual) if tp else Fraction(0)
    return precision, recall, f1
