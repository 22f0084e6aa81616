from fractions import Fraction


def precision_recall_f1(
    y_true: list[bool], y_pred: list[bool]
) -> tuple[Fraction, Fraction, Fraction]:
    """Return (precision, recall, f1) of the positive class, as exact Fractions.

    y_true and y_pred have the same, non-zero length. Every 0/0 (no predicted positives,
    no actual positives, precision + recall = 0) counts as Fraction(0).
    """
    raise NotImplementedError("write your solution here")
