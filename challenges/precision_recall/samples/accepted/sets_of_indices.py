# complexity: O(n)
"""Sets of the indices of actual and predicted positives: tp is their intersection."""

from fractions import Fraction


def precision_recall_f1(y_true, y_pred):
    actual = {i for i, truth in enumerate(y_true) if truth}
    predicted = {i for i, guess in enumerate(y_pred) if guess}
    tp = len(actual & predicted)
    precision = Fraction(tp, len(predicted)) if predicted else Fraction(0)
    recall = Fraction(tp, len(actual)) if actual else Fraction(0)
    f1 = Fraction(2 * tp, len(actual) + len(predicted)) if tp else Fraction(0)
    return precision, recall, f1
