"""Divides first, then makes a Fraction of the float: Fraction(2 / 3) is
6004799503160661/9007199254740992, the float made exact, not 2/3."""

from fractions import Fraction


def precision_recall_f1(y_true, y_pred):
    tp = sum(1 for t, p in zip(y_true, y_pred) if t and p)
    actual, predicted = sum(y_true), sum(y_pred)
    precision = Fraction(tp / predicted) if predicted else Fraction(0)
    recall = Fraction(tp / actual) if actual else Fraction(0)
    f1 = Fraction(2 * tp / (actual + predicted)) if tp else Fraction(0)
    return precision, recall, f1
