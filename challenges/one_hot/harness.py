"""The result of one_hot as plain data that is small and loses nothing the judge checks.

The matrix of a large input is big (400,000 rows of 32 int64 columns is 102 MB, past what
the canonical encoding carries) and almost all zeros, so `collect` re-encodes it in the
worker, exactly and type-exactly, as its non-zero entries:

- an `np.ndarray` (that exact type) becomes `{"ndarray": {...}}` with its dtype (as text),
  its shape, its number of non-zero entries, and the first (rows + 1) of them in C order:
  their flat positions (`at`, int64) and their values (in the matrix's own dtype). A right
  answer has exactly one per row, so the whole matrix is there; a wrong one shows where it
  is wrong (with more non-zeros than rows, some row has two among the first rows + 1);
- anything else in the matrix's place becomes `{"other": value}`, carried as it is;
- the categories are carried as they are, inside `{"categories": ..., "matrix": ...}`; a
  result that is not a pair becomes `{"result": value}`.

Every form is built here, so nothing a submission returns can pass for another. The
judge's `accept` (test_properties.py) reads them. The input is a list of str and travels as
it is. Runs in the worker (with numpy, which the worker imports first for this challenge)
and in the judge.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

NUMBER_KINDS = "biuf"  # bool, signed and unsigned integers, floats
SHOWN = 12  # values shown at the start of a long list in a failure report


def build_args(data: list[Any], workdir: Path) -> tuple[Any, ...]:
    """A fresh list each call (strings are immutable: a shallow copy is a full copy)."""
    return (list(data[0]),)


def _matrix(matrix: Any) -> dict[str, Any]:
    if type(matrix) is not np.ndarray:  # type(), never __class__, which can be faked
        return {"other": matrix}
    form: dict[str, Any] = {"dtype": str(matrix.dtype), "shape": list(matrix.shape)}
    if matrix.dtype.kind in NUMBER_KINDS and matrix.dtype.fields is None and matrix.ndim:
        flat = np.ascontiguousarray(matrix).reshape(-1)
        at = np.flatnonzero(flat)
        kept = at[: matrix.shape[0] + 1].astype(np.int64)
        form.update(nonzero=int(at.size), at=kept, values=flat[kept])
    return {"ndarray": form}


def collect(result: Any, args: tuple[Any, ...], workdir: Path) -> Any:
    if type(result) is not tuple or len(result) != 2:
        return {"result": result}
    categories, matrix = result
    return {"categories": categories, "matrix": _matrix(matrix)}


def describe(data: list[Any]) -> str:
    values = data[0]
    if len(values) <= SHOWN:
        return f"values={values!r}"
    return f"values={repr(values[:SHOWN])[:-1]}, ... ({len(values):,} values)]"
