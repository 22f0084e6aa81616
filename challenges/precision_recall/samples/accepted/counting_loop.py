# complexity: O(n)
"""One plain loop over the pairs, counting the three kinds that matter."""

from fractions import Fraction


def precision_recall_f1(y_true, y_pred):
    tp = fp = fn = 0
    for truth, guess in zip(y_true, y_pred):
        if truth and guess:
            tp += 1
        elif guess:
            fp += 1
        elif truth:
            fn += 1
    precision = Fraction(tp, tp + fp) if tp + fp else Fraction(0)
    recall = Fraction(tp, tp + fn) if tp + fn else Fraction(0)
    if precision + recall == 0:
        return precision, recall, Fraction(0)
    return precision, recall, 2 * precision * recall / (precision + recall)
