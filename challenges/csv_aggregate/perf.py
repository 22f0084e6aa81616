"""Large CSV files for the performance and memory tiers, written straight into `folder`.

`size` is the number of data rows. How many distinct IDs they share is for the asking tier
to say, in its `params` in challenge.toml (never guessed from the size, so that changing a
size cannot change what a tier tests):

- `ids_per_row`: a share of the rows brings a new ID (the performance tier: 1 in 16, so
  that a solution slow per distinct ID is slow overall while a dict stays small; the
  stretch memory tier: 3 in 4, far more IDs than the tier's budget can hold in a dict);
- `distinct_ids`: a fixed number of IDs however many rows (the required memory tier: 500
  IDs in a file several times larger than the budget, so that streaming passes and loading
  does not), with `id_digits = 36` for long IDs (a big file for little work per row) and
  `shuffled = false` (rows in ID order first: no shuffle of a million-entry list).

IDs are a realistic mix: plain codes, and a few that need quoting (commas, quotes, line
breaks, spaces, non-ASCII), some quoted when they need not be; lines end with CRLF.
"""

import random
from pathlib import Path

ROWS_PER_WRITE = 100_000


def _quote(field: str) -> str:
    return '"' + field.replace('"', '""') + '"'


def _ids(count: int, rng: random.Random, width: int) -> list[str]:
    """`count` distinct IDs, already written as CSV fields (quoted where needed); `width`
    random hex digits make them longer (more bytes per row, same work per row)."""
    tricky = [
        "Widget, large",
        'Bolt "M8"',
        "two\r\nlines",
        "two\nlines",
        " padded ",
        "café",
        "数量",
    ]
    fields = []
    for i in range(count):
        code = f"SKU-{i:07d}-{rng.getrandbits(4 * width):0{width}x}"
        roll = rng.random()
        if roll < 0.05:
            fields.append(_quote(f"{tricky[i % len(tricky)]} {code}"))
        elif roll < 0.07:
            fields.append(_quote(code))  # quoted though it need not be
        else:
            fields.append(code)
    return fields


def _quantities(rng: random.Random) -> list[str]:
    values = [rng.randint(-1_000, 100_000) for _ in range(4_000)] + [0, -1, 10**15]
    return [str(v) for v in values] + ['"7"', '"-3"']  # a few quoted quantities


def generate(
    size: int,
    rng: random.Random,
    folder: Path,
    *,
    ids_per_row: float | None = None,
    distinct_ids: int | None = None,
    id_digits: int = 10,
    shuffled: bool = True,
) -> list:
    if (ids_per_row is None) == (distinct_ids is None):
        raise ValueError("give exactly one of ids_per_row and distinct_ids")
    distinct = distinct_ids if distinct_ids is not None else max(1, int(size * ids_per_row))
    ids = _ids(distinct, rng, id_digits)
    quantities = _quantities(rng)
    # Every ID appears at least once; the other rows pick IDs at random.
    order = list(range(distinct)) + rng.choices(range(distinct), k=size - distinct)
    if shuffled:
        rng.shuffle(order)
    with open(folder / "input.csv", "w", encoding="utf-8", newline="") as handle:
        handle.write("ID,Quantity\r\n")
        for start in range(0, size, ROWS_PER_WRITE):
            chunk = order[start : start + ROWS_PER_WRITE]
            picked = rng.choices(quantities, k=len(chunk))
            handle.write("".join(f"{ids[i]},{q}\r\n" for i, q in zip(chunk, picked, strict=True)))
    return [{"file": "input.csv"}]
