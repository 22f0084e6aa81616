"""Long palindromes: the worst case of every correct solution.

A palindrome leaves no early exit: a two-pointer walk compares half the string, a loop over
every index compares all of it, and every quadratic solution does its full quadratic work.
The alphabet mixes ASCII with an accented letter and an emoji, so the string is stored with
4 bytes per character, as any string holding an emoji is.
"""

import random
from pathlib import Path

ALPHABET = "abcxyzé😀"


def generate(size: int, rng: random.Random, folder: Path) -> list:
    half = "".join(rng.choice(ALPHABET) for _ in range(size // 2))
    middle = rng.choice(ALPHABET) if size % 2 else ""
    return [half + middle + half[::-1]]
