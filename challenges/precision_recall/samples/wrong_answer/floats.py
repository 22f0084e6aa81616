"""Right formulas in floats: 2/3 comes back as 0.6666666666666666, not the exact Fraction."""


def precision_recall_f1(y_true, y_pred):
    tp = sum(1 for t, p in zip(y_true, y_pred) if t and p)
    actual, predicted = sum(y_true), sum(y_pred)
    precision = tp / predicted if predicted else 0.0
    recall = tp / actual if actual else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
