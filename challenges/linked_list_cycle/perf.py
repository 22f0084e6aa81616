"""Long lists, half of them with a cycle, so that neither answer can be guessed.

Lists with a cycle have a long lead-in and a long loop (the tail links back to a node in
the first half), so a walk that gives up after some number of steps is wrong, and so is one
that only looks for a link back to the head. Lists whose size in thousands is odd have no
cycle: with the sizes of challenge.toml that alternates from size to size. Values repeat,
so a solution that remembers values instead of nodes is wrong too.
"""

import random
from pathlib import Path


def generate(size: int, rng: random.Random, folder: Path) -> list:
    values = [rng.randrange(1000) for _ in range(size)]
    cycle_to = -1 if (size // 1000) % 2 else rng.randrange(1, size // 2)
    return [{"values": values, "cycle_to": cycle_to}]
