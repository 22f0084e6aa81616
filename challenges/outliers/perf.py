"""Long lists of measurements: heights around 170 cm with one value in a hundred far off.

`size` is the length of the list. A tenth of a centimetre of resolution keeps repeats
common, as in real measurements.
"""

import random
from pathlib import Path


def generate(size: int, rng: random.Random, folder: Path) -> list:
    values = []
    for _ in range(size):
        if rng.random() < 0.01:
            values.append(round(rng.uniform(-1000.0, 1000.0), 1))  # a typo, a wrong unit
        else:
            values.append(round(rng.gauss(170.0, 10.0), 1))
    return [values]
