from fractions import Fraction


def precision_recall_f1(y_true, y_pred):
    tp = sum(1 for t, p in zip(y_true, y_pred) if t and p
    return Fraction(tp, sum(y_pred)), Fraction(tp, sum(y_true)), Fraction(0)
