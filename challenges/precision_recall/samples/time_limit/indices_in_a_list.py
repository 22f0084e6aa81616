# complexity: O(n^2)
"""The indices of the predicted positives kept in a list, and each actual positive looked up
with `in`: a linear scan per lookup, quadratic in all. Right answers, far too slow."""

from fractions import Fraction


def precision_recall_f1(y_true, y_pred):
    actual = [i for i, truth in enumerate(y_true) if truth]
    predicted = [i for i, guess in enumerate(y_pred) if guess]
    tp = sum(1 for i in actual if i in predicted)
    precision = Fraction(tp, len(predicted)) if predicted else Fraction(0)
    recall = Fraction(tp, len(actual)) if actual else Fraction(0)
    f1 = Fraction(2 * tp, len(actual) + len(predicted)) if tp else Fraction(0)
    return precision, recall, f1
