"""Files in, file out: how a call's data becomes two paths, and how out.csv is read back.

The correctness tiers send the input file's exact text: `[csv_text]`. The performance and
memory tiers send `[{"file": name}]`, a file that perf.py wrote into the cached folder the
judge stages as `workdir`. Either way the function gets `(input path, output path)`, and the
result compared with the reference is what it wrote to the output path: its rows as
`[id, quantity]` lists (compared as a multiset). An output that cannot be read as the
promised CSV (missing, not UTF-8, bad quoting, wrong header, a quantity that is not a plain
decimal integer...) raises ValueError with a message for the learner; the worker reports
that as a wrong answer ("the result could not be read back: ...").

Large outputs (more than LISTED_ROWS rows: the big files) are not returned row by row:
one streaming pass reads them into a count and an order-free fingerprint of the rows, so
that reading back the stretch tier's 150,000 rows costs the worker a few MiB instead of
the ~50 MiB a list of them and its digest would take under the worker's address-space
cap. Which form is used depends only on the number of rows, never on how the file is
written, so the reference and a correct submission always agree.

Runs in the worker and in the judge: stdlib only, iterative, deterministic.
"""

from __future__ import annotations

import csv
import hashlib
import re
import shutil
from pathlib import Path
from typing import Any

INPUT_NAME = "input.csv"
OUTPUT_NAME = "out.csv"
HEADER = ["ID", "Quantity"]
LISTED_ROWS = 1_000
INTEGER = re.compile(r"-?[0-9]+")  # ASCII digits only: int() would also take "1_000", " 7"
FINGERPRINT_BITS = 128
SHOWN = 60  # characters of a bad field quoted back in an error message


def _clear(path: Path) -> None:
    """Remove whatever an earlier call left at `path` (a file, a link, even a folder)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def build_args(data: list[Any], workdir: Path) -> tuple[str, str]:
    """Write the input (correctness tiers) or find it (large inputs); clear any old output."""
    (item,) = data
    if isinstance(item, dict):  # a file perf.py wrote into the staged folder
        source = workdir / item["file"]
    else:  # the exact text of the file: bytes as given, no newline translation
        source = workdir / INPUT_NAME
        _clear(source)
        source.write_bytes(item.encode("utf-8"))
    target = workdir / OUTPUT_NAME
    _clear(target)  # never read back what an earlier call wrote
    return str(source), str(target)


def observe(args: tuple[str, str]) -> Any:
    """The input file's content (as a hash), to tell whether the call changed or removed it."""
    try:
        return hashlib.sha256(Path(args[0]).read_bytes()).hexdigest()
    except OSError as exc:
        return f"the input file can no longer be read ({type(exc).__name__})"


def _show(field: str) -> str:
    return repr(field if len(field) <= SHOWN else field[:SHOWN] + "...")


def _rows(path: Path):
    """The data rows of out.csv as (ID, int) pairs, checking everything the statement
    promises about the output. Raises ValueError with a message for the learner."""
    if path.exists() and not path.is_file():
        raise ValueError(f"{OUTPUT_NAME} is not a file: out_path must be a CSV file")
    if not path.is_file():
        raise ValueError(
            f"{OUTPUT_NAME} was not written: the function must create the file at out_path"
        )
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle, strict=True)
            header = next(reader, None)
            if header is None:
                raise ValueError(
                    f"{OUTPUT_NAME} is empty: it must start with the header row ID,Quantity"
                )
            if header != HEADER:
                hint = ""
                if header and header[0].startswith("\ufeff"):
                    hint = (
                        " (it starts with a byte-order mark: write plain 'utf-8', not 'utf-8-sig')"
                    )
                raise ValueError(
                    f"the first row of {OUTPUT_NAME} is {header!r}, not the header "
                    f"['ID', 'Quantity']{hint}"
                )
            for number, row in enumerate(reader, start=2):
                if len(row) != 2:
                    what = "is blank" if not row else f"has {len(row)} fields {row!r:.200}"
                    raise ValueError(
                        f"row {number} of {OUTPUT_NAME} {what}; every row must be ID,Quantity"
                    )
                ident, quantity = row
                if not INTEGER.fullmatch(quantity):
                    raise ValueError(
                        f"row {number} of {OUTPUT_NAME}: the quantity {_show(quantity)} "
                        f"(ID {_show(ident)}) is not a decimal integer such as 42 or -7"
                    )
                yield ident, int(quantity)
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"{OUTPUT_NAME} is not valid UTF-8 ({exc.reason} at byte {exc.start})"
        ) from None
    except csv.Error as exc:
        raise ValueError(f"{OUTPUT_NAME} is not valid CSV: {exc}") from None


def collect(result: Any, args: tuple[str, str], workdir: Path) -> list:
    """What the call wrote, as [[id, quantity], ...]; or, for more than LISTED_ROWS rows,
    ["<count> rows, fingerprint <hex>"]. The return value of the function is ignored."""
    listed: list[list[Any]] | None = []
    count, fingerprint = 0, 0
    for ident, quantity in _rows(Path(args[1])):
        count += 1
        if listed is not None:
            listed.append([ident, quantity])
            if count > LISTED_ROWS:
                listed = None  # too many to return one by one: keep only the fingerprint
        # The sum of the rows' hashes does not depend on their order, and counts repeats.
        row = f"{len(ident)}:{ident}:{quantity}".encode("utf-8", "surrogatepass")
        digest = hashlib.blake2b(row, digest_size=FINGERPRINT_BITS // 8).digest()
        fingerprint = (fingerprint + int.from_bytes(digest, "big")) % (1 << FINGERPRINT_BITS)
    if listed is not None:
        return listed
    return [f"{count} rows, fingerprint {fingerprint:032x}"]


def describe(data: list[Any]) -> str:
    """The input file's exact text as a Python string literal (\\r\\n, quotes and all)."""
    (item,) = data
    if isinstance(item, dict):
        return f"the large file {item['file']}"
    return repr(item)
