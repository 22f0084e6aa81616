"""n values of a categorical feature with 256 categories, from a seed.

The categories are 32 cities times 8 districts ("Paris 3"; some with accents, and one with a
trailing NUL character, which a numpy string array would silently drop), drawn with skewed
frequencies so that some are common and some rare, and every one appears. `size` is n.
With 256 columns the matrix has far more cells than rows, which is what separates vectorised
code from Python work per cell.
"""

import random
from pathlib import Path

CITIES = [
    "Amsterdam",
    "Athens",
    "Barcelona",
    "Berlin",
    "Bordeaux",
    "Bruxelles",
    "Budapest",
    "Dublin",
    "Edinburgh",
    "Firenze",
    "Genève",
    "Göteborg",
    "Hamburg",
    "Helsinki",
    "Kraków",
    "Lisboa",
    "Ljubljana",
    "London",
    "Lyon",
    "Madrid",
    "Milano",
    "München",
    "Napoli",
    "Oslo",
    "Paris",
    "Porto",
    "Praha",
    "Roma",
    "Sevilla",
    "Stockholm",
    "Wien",
    "Zürich",
]
CATEGORIES = [f"{city} {district}" for city in CITIES for district in range(1, 9)]
CATEGORIES[-1] += "\x00"  # "Zürich 8\x00": a trailing NUL is part of the value


def generate(size: int, rng: random.Random, folder: Path) -> list:
    weights = [1 / (rank + 1) for rank in range(len(CATEGORIES))]
    values = list(CATEGORIES) + rng.choices(CATEGORIES, weights, k=size - len(CATEGORIES))
    rng.shuffle(values)
    return [values]
