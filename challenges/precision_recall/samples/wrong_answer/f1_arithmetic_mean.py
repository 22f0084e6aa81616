"""F1 as the arithmetic mean (P + R) / 2 instead of the harmonic mean 2PR / (P + R): right
only when precision equals recall."""

from fractions import Fraction


def precision_recall_f1(y_true, y_pred):
    tp = sum(1 for t, p in zip(y_true, y_pred) if t and p)
    actual, predicted = sum(y_true), sum(y_pred)
    precision = Fraction(tp, predicted) if predicted else Fraction(0)
    recall = Fraction(tp, actual) if actual else Fraction(0)
    return precision, recall, (precision + recall) / 2
