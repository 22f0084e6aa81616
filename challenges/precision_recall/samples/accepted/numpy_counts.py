# complexity: O(n)
"""Counts with numpy boolean arrays; numpy integers inside the Fractions are fine."""

from fractions import Fraction

import numpy as np


def precision_recall_f1(y_true, y_pred):
    truth = np.array(y_true, dtype=bool)
    guess = np.array(y_pred, dtype=bool)
    tp = np.count_nonzero(truth & guess)
    predicted = np.count_nonzero(guess)
    actual = np.count_nonzero(truth)
    precision = Fraction(tp, predicted) if predicted else Fraction(0)
    recall = Fraction(tp, actual) if actual else Fraction(0)
    f1 = Fraction(2 * tp, predicted + actual) if tp else Fraction(0)
    return precision, recall, f1
