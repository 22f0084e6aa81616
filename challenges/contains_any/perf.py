"""A long text and many patterns, none of which occurs in it but one planted near the end.

`size` is the number of patterns; the text has TEXT_LENGTH characters whatever the size.
The text is random over eight common letters, with a rare ninth one ('a', 1 character in
100). Every pattern is a common letter, then the rare 'a', then 6 to 8 random letters of
all nine (lengths 8 to 10: three distinct lengths, so that a set per length is cheap too).
So a pattern's first letter is everywhere in the text but its second almost never follows:
every position looks like the start of some pattern, and one character later nearly all of
them are ruled out.

Patterns that happen to occur in the text are dropped, then one of the others is written
into the text PLANTED_BEFORE_END characters before its end: the answer is near the end, so
nothing can stop early, and nothing before the planted match changes.
"""

import random
from pathlib import Path

COMMON = "bcdefghi"
RARE = "a"
TEXT_LENGTH = 200_000
LENGTHS = range(8, 11)
PLANTED_BEFORE_END = 50


def generate(size: int, rng: random.Random, folder: Path) -> list:
    weights = [99 / len(COMMON)] * len(COMMON) + [1]
    text = "".join(rng.choices(COMMON + RARE, weights=weights, k=TEXT_LENGTH))
    patterns = set()
    while len(patterns) < size:
        tail = rng.choices(COMMON + RARE, k=rng.choice(LENGTHS) - 2)
        patterns.add(rng.choice(COMMON) + RARE + "".join(tail))
    for length in LENGTHS:  # drop every pattern that occurs in the text
        patterns -= {text[i : i + length] for i in range(len(text) - length + 1)}
    patterns = sorted(patterns)
    rng.shuffle(patterns)
    at = len(text) - PLANTED_BEFORE_END
    text = text[:at] + patterns[0] + text[at + len(patterns[0]) :]
    return [text, patterns]
