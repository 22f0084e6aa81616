"""Random text over "abc", with some runs of one letter and some long palindromes mixed in.

Random letters give a couple of palindromes per position; the runs and the long palindromes
make sure that expanding from a centre sometimes goes a long way. The answer stays small
(about 2n strings), so the time a solution takes is about the work it does, not the size of
what it returns: proportional to n for expand-around-centre, to n^2 or n^3 for looking at
every (start, end) pair.
"""

import random
from pathlib import Path

ALPHABET = "abc"


def _random_text(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(length))


def generate(size: int, rng: random.Random, folder: Path) -> list:
    pieces, total = [], 0
    while total < size:
        kind = rng.random()
        if kind < 0.02:  # a run of one letter: k(k + 1) / 2 palindromes
            piece = rng.choice(ALPHABET) * rng.randint(5, 40)
        elif kind < 0.04:  # a long palindrome, odd or even
            half = _random_text(rng, rng.randint(20, 200))
            piece = half + rng.choice(["", rng.choice(ALPHABET)]) + half[::-1]
        else:
            piece = _random_text(rng, rng.randint(1, 50))
        pieces.append(piece)
        total += len(piece)
    return ["".join(pieces)[:size]]
