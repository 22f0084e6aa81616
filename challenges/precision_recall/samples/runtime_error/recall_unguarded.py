"""Guards precision and F1 against 0/0 but not recall: with no actual positives,
Fraction(0, 0) raises ZeroDivisionError."""

from fractions import Fraction


def precision_recall_f1(y_true, y_pred):
    tp = sum(1 for t, p in zip(y_true, y_pred) if t and p)
    actual, predicted = sum(y_true), sum(y_pred)
    precision = Fraction(tp, predicted) if predicted else Fraction(0)
    recall = Fraction(tp, actual)
    f1 = Fraction(2 * tp, actual + predicted) if tp else Fraction(0)
    return precision, recall, f1
