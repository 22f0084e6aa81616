"""Long lists of labels: a third of them truly positive, predictions right four times in five.

`size` is the length of both lists. Both classes and all four kinds of pair (tp, fp, fn,
tn) are frequent, so no shortcut skips the counting, and a quadratic membership test has
thousands of indices to search.
"""

import random
from pathlib import Path


def generate(size: int, rng: random.Random, folder: Path) -> list:
    y_true = [rng.random() < 1 / 3 for _ in range(size)]
    y_pred = [truth if rng.random() < 0.8 else not truth for truth in y_true]
    return [y_true, y_pred]
