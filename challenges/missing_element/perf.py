"""a: n strings drawn from a pool of n/2 distinct ones (so most repeat); b: a shuffled copy
of a without one occurrence of one value.

- Strings at every size, the harder kind (hashing and comparing them reads their
  characters), and one kind throughout so that the growth words compare like with like:
  when the kind alternated with the size, linear solutions read as "~n log n or ~n^2" and
  the reference as "~n^1.3". Integers are the examples' and the properties' to test.
- Every string occurrence is a separate object, as if each had been read from a file. (Equal
  strings sharing one object would travel as one through pickle and make string lists
  cheaper to walk than integer lists, whose every element is its own object.)
- The removed value is the one that first occurs the latest in a: a solution walking the
  counts in a's order goes through all of them, which keeps timings comparable across sizes.
- b in a random order makes removing its elements from a copy of a one at a time quadratic:
  each removal scans about half of what is left.
"""

import random
import string
from pathlib import Path


def generate(size: int, rng: random.Random, folder: Path) -> list:
    distinct = max(1, size // 2)
    words: set[str] = set()
    while len(words) < distinct:  # lengths 0 to 8: the empty string is among them
        words.add("".join(rng.choices(string.ascii_lowercase, k=rng.randint(0, 8))))
    spelled = [list(word) for word in sorted(words)]
    a = ["".join(rng.choice(spelled)) for _ in range(size)]  # a new object each time
    missing = next(reversed(dict.fromkeys(a)))  # dicts keep the order of first occurrence
    b = list(a)
    b.remove(missing)
    rng.shuffle(b)
    return [a, b]
