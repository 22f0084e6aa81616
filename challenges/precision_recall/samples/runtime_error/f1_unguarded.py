"""Guards precision and recall against 0/0 but computes F1 as 2PR / (P + R) unguarded: with
no true positives P + R = 0, and the division raises ZeroDivisionError."""

from fractions import Fraction


def precision_recall_f1(y_true, y_pred):
    tp = sum(1 for t, p in zip(y_true, y_pred) if t and p)
    actual, predicted = sum(y_true), sum(y_pred)
    precision = Fraction(tp, predicted) if predicted else Fraction(0)
    recall = Fraction(tp, actual) if actual else Fraction(0)
    return precision, recall, 2 * precision * recall / (precision + recall)
