"""Takes 0/0 as 1 (a perfect score for "no false alarms"), as some libraries can be asked
to; the contract says 0."""

from fractions import Fraction


def precision_recall_f1(y_true, y_pred):
    tp = sum(1 for t, p in zip(y_true, y_pred) if t and p)
    actual, predicted = sum(y_true), sum(y_pred)
    precision = Fraction(tp, predicted) if predicted else Fraction(1)
    recall = Fraction(tp, actual) if actual else Fraction(1)
    if precision + recall == 0:
        return precision, recall, Fraction(0)
    return precision, recall, 2 * precision * recall / (precision + recall)
