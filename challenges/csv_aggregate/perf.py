"""Large CSV files for the performance and memory tiers, written straight into `folder`.

`size` is the number of data rows. How many distinct IDs they share depends on the tier
that asks for the file, told apart by its size:

- below 200,000 rows (the performance tier): one distinct ID per 16 rows, so that a
  solution that is slow per distinct ID (a re-scan of the file per ID, a linear search) is
  slow overall, while a dict stays small (at most 4,000 IDs at the largest size);
- 200,000 to 999,999 rows (the stretch memory tier): mostly distinct IDs (3 in 4 rows bring
  a new one), several times more than the tier's budget can hold in a dict;
- 1,000,000 rows and more (the required memory tier): only 500 distinct IDs in a file
  several times larger than the budget, so that streaming passes and loading does not.

IDs are a realistic mix: plain codes, and a few that need quoting (commas, quotes, line
breaks, spaces, non-ASCII), some quoted when they need not be; lines end with CRLF.
"""

import random
from pathlib import Path

MANY_IDS_FROM = 200_000
FEW_IDS_FROM = 1_000_000
FEW_IDS = 500
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


def generate(size: int, rng: random.Random, folder: Path) -> list:
    width = 10
    if size >= FEW_IDS_FROM:
        distinct, width = FEW_IDS, 36  # long IDs: a big file for little work per row
    elif size >= MANY_IDS_FROM:
        distinct = size * 3 // 4
    else:
        distinct = max(1, size // 16)
    ids = _ids(distinct, rng, width)
    quantities = _quantities(rng)
    # Every ID appears at least once; the other rows pick IDs at random.
    order = list(range(distinct)) + rng.choices(range(distinct), k=size - distinct)
    if size < FEW_IDS_FROM:
        rng.shuffle(order)
    with open(folder / "input.csv", "w", encoding="utf-8", newline="") as handle:
        handle.write("ID,Quantity\r\n")
        for start in range(0, size, ROWS_PER_WRITE):
            chunk = order[start : start + ROWS_PER_WRITE]
            picked = rng.choices(quantities, k=len(chunk))
            handle.write("".join(f"{ids[i]},{q}\r\n" for i, q in zip(chunk, picked, strict=True)))
    return [{"file": "input.csv"}]
