"""Long lists, half of them with a cycle, so that neither answer can be guessed.

Lists with a cycle have a long lead-in and a long loop (the tail links back to a node in
the first half), so a walk that gives up after some number of steps is wrong, and so is one
that only looks for a link back to the head. Whether a list has a cycle is the asking
tier's choice (`cycle` in its params in challenge.toml: the performance tier alternates from
size to size), never guessed from the size. Values repeat, so a solution that remembers
values instead of nodes is wrong too.
"""

import random
from pathlib import Path


def generate(size: int, rng: random.Random, folder: Path, *, cycle: bool) -> list:
    values = [rng.randrange(1000) for _ in range(size)]
    cycle_to = rng.randrange(1, size // 2) if cycle else -1
    return [{"values": values, "cycle_to": cycle_to}]
