# complexity: O(n)
"""A Counter of the (truth, prediction) pairs: the confusion matrix in one line."""

from collections import Counter
from fractions import Fraction


def ratio(numerator, denominator):
    return Fraction(numerator, denominator) if denominator else Fraction(0)


def precision_recall_f1(y_true, y_pred):
    confusion = Counter(zip(y_true, y_pred))
    tp, fp, fn = confusion[True, True], confusion[False, True], confusion[True, False]
    return ratio(tp, tp + fp), ratio(tp, tp + fn), ratio(2 * tp, 2 * tp + fp + fn)
