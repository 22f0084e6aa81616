"""The data outputs of a cohort run: `gradebook.csv` and `results.jsonl`.

The gradebook has one row per person and challenge (and one per person with no recognisable
file): person, challenge, file, verdict, score, each tier kind's verdict, the growth in
words (the file's and the reference's), the check's seconds, the file's SHA-256, and a note
saying why a row has no verdict. A tier kind a challenge has more than once (memory) lists
one verdict per tier, in order, joined by "/"; "-" is a tier that did not run. Text that
comes from people (names, paths) is written so that no spreadsheet takes it for a formula.
`results.jsonl` holds one `--json` object per graded file, with the person and the file's
hash added. Both are rewritten whole, through a temporary file, on every run. This module
never grades and never builds prose.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from judge.cohort.run import Outcome, Row

GRADEBOOK = "gradebook.csv"
RESULTS = "results.jsonl"
TIER_KINDS = ("examples", "properties", "performance", "memory")
COLUMNS = (
    "person",
    "challenge",
    "file",
    "verdict",
    "score",
    *TIER_KINDS,
    "growth",
    "reference_growth",
    "seconds",
    "sha256",
    "note",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write_atomically(path: Path, text: str) -> Path:
    """Replace `path` whole: a reader never sees half a file, a crash leaves the old one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _cell(text: str) -> str:
    """A name or a path as a spreadsheet shows it, never as a formula (CSV injection)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def tier_verdicts(result: dict[str, Any], kind: str) -> str:
    verdicts = [t["verdict"] or "-" for t in result["tiers"] if t["name"] == kind]
    return "/".join(verdicts)


def growth_words(result: dict[str, Any]) -> tuple[str, str]:
    for tier in result["tiers"]:
        if tier["name"] == "performance" and tier.get("growth"):
            return tier["growth"]["submission"], tier["growth"]["reference"]
    return "", ""


def gradebook_row(row: Row) -> dict[str, Any]:
    line: dict[str, Any] = dict.fromkeys(COLUMNS, "")
    line.update(person=_cell(row.person), challenge=row.challenge, file=_cell(row.file))
    line.update(sha256=row.sha256 or "", note=_cell(row.note or ""))
    if row.result is not None:
        result = row.result
        line.update(verdict=result["verdict"], score=result["score"])
        line.update({kind: tier_verdicts(result, kind) for kind in TIER_KINDS})
        line["growth"], line["reference_growth"] = growth_words(result)
        line["seconds"] = f"{result['seconds']:.2f}"
    return line


def gradebook_text(outcome: Outcome) -> str:
    stream = io.StringIO()
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(gradebook_row(row) for row in outcome.rows)
    return stream.getvalue()


def results_text(outcome: Outcome) -> str:
    lines = [
        json.dumps({**row.result, "person": row.person, "sha256": row.sha256}, ensure_ascii=True)
        for row in outcome.rows
        if row.result is not None
    ]
    return "".join(line + "\n" for line in lines)


def write(outcome: Outcome) -> list[Path]:
    return [
        write_atomically(outcome.out / GRADEBOOK, gradebook_text(outcome)),
        write_atomically(outcome.out / RESULTS, results_text(outcome)),
    ]
