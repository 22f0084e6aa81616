"""Long palindromes, or (for about half the inputs, drawn from the seed) near-palindromes
whose only mismatch is the innermost pair: the worst case of every correct solution.

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
    word = half + middle + half[::-1]
    if rng.random() < 0.5 and size >= 2:
        # Not a palindrome after all, but only the innermost pair tells: still the worst
        # case, and a submission cannot know the answer in advance (salted seeds).
        inner = size // 2 - 1
        other = next(c for c in ALPHABET if c != word[inner])
        word = word[:inner] + other + word[inner + 1 :]
    return [word]
