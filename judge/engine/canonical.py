"""Canonical, type-exact encoding of values that cross the process boundary.

The worker encodes what the submission returned into JSON-compatible data; the parent decodes
it and compares it with the reference's result. Nothing here ever unpickles or executes
anything, so a hostile submission can only send data. The encoding is *type exact*: a `bool`
stays a `bool`, an `int` subclass or an object that lies about its `__class__` becomes an
`Opaque` marker that equals nothing, so "looks equal" objects can never pass for the real
thing. This module is imported by the worker: it must stay stdlib-only and cheap to import.

Floats travel exactly (`-0.0` too); nan and the infinities as `{"$float": "nan"}` markers, so
the data stays valid JSON. numpy values are carried type-exactly as well, without this module
ever importing numpy for a value that is not one: an `ndarray` as its dtype, shape and raw
bytes (base64, or beside the JSON for a large one), a numpy scalar as its type name and
value. What cannot be carried (an array of Python objects, a result nested deeper than
`MAX_DEPTH`, an int of more than `MAX_INT_BITS` bits, an array of more than
`MAX_ARRAY_BYTES`) raises `Unsendable`, whose one sentence the worker reports as the
submission's wrong answer.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

REPR_LIMIT = 200
MAX_DEPTH = 100  # nesting levels of lists, tuples and dicts
MAX_INT_BITS = 100_000  # about 30,000 digits: far past any promised int, cheap to print
MAX_ARRAY_BYTES = 32 * 1024 * 1024  # base64 makes it 43 MB, within the worker's reply cap
BLOB_MIN_BYTES = 1 << 16  # an array this large can travel as raw bytes (see `encode`)
ARRAY_KINDS = "biuf"  # bool, signed and unsigned integers, floats
NON_FINITE = {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}
# numpy scalar types carried as themselves (by name: this module never imports numpy).
NUMPY_SCALARS = (
    "bool",
    "bool_",  # numpy 1.x
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "float16",
    "float32",
    "float64",
)


class Unsendable(ValueError):
    """A result the canonical encoding cannot carry; the message is one sentence for the
    learner (the worker reports it as a wrong answer)."""


@dataclass(frozen=True)
class Opaque:
    """A value of a type the contract never promises (float subclass, custom object...)."""

    type_name: str
    text: str

    def __repr__(self) -> str:
        return f"<{self.type_name}: {self.text}>"


def _safe_repr(value: Any) -> str:
    try:
        text = repr(value)
    except BaseException:  # a hostile __repr__ must not take the encoder down
        return "<repr() failed>"
    if type(text) is not str:
        return "<repr() returned a non-string>"
    return text if len(text) <= REPR_LIMIT else text[:REPR_LIMIT] + "..."


def encode(value: Any, blobs: list[bytes] | None = None) -> Any:
    """Turn a value into JSON-compatible data, keeping exact types; raise `Unsendable` for
    what cannot be carried. Given `blobs`, an array of BLOB_MIN_BYTES or more is appended
    to it as raw bytes, and the data name it by its place there (the worker sends them
    after the reply's line: base64 in JSON cost a large answer 0.25 s each way)."""
    return _encode(value, 0, blobs)


def _encode(value: Any, depth: int, blobs: list[bytes] | None) -> Any:
    kind = type(value)  # type(), never value.__class__, which a submission can fake
    if value is None or kind is bool or kind is str:
        return value
    if kind is int:
        if value.bit_length() > MAX_INT_BITS:
            raise Unsendable(
                f"an int of {value.bit_length():,} bits is too large to send back "
                f"(the limit is {MAX_INT_BITS:,} bits)"
            )
        return value
    if kind is float:
        return value if math.isfinite(value) else {"$float": repr(value)}
    if kind in (list, tuple, dict) and depth >= MAX_DEPTH:
        raise Unsendable(f"the result is nested more than {MAX_DEPTH} levels deep")
    if kind is list:
        return [_encode(item, depth + 1, blobs) for item in value]
    if kind is tuple:
        return {"$tuple": [_encode(item, depth + 1, blobs) for item in value]}
    if kind is dict:
        return {
            "$dict": [
                [_encode(k, depth + 1, blobs), _encode(v, depth + 1, blobs)]
                for k, v in value.items()
            ]
        }
    numpy = sys.modules.get("numpy") if kind.__module__ == "numpy" else None
    if numpy is not None:  # only a value of numpy's own types gets here with numpy loaded
        if kind is numpy.ndarray:
            return _encode_array(value, blobs)
        if kind.__name__ in NUMPY_SCALARS and getattr(numpy, kind.__name__, None) is kind:
            return {"$numpy": kind.__name__, "value": _encode(value.item(), depth + 1, None)}
    return {"$opaque": f"{kind.__module__}.{kind.__qualname__}", "repr": _safe_repr(value)}


def _encode_array(array: Any, blobs: list[bytes] | None) -> dict[str, Any]:
    kind = array.dtype.kind
    if kind not in ARRAY_KINDS or array.dtype.fields is not None:
        what = "Python objects" if kind == "O" else f"dtype {array.dtype}"
        raise Unsendable(
            f"an array of {what} cannot be sent back: return numbers (a bool, integer or "
            "float dtype)"
        )
    if array.nbytes > MAX_ARRAY_BYTES:
        raise Unsendable(
            f"an array of {array.nbytes:,} bytes is too large to send back "
            f"(the limit is {MAX_ARRAY_BYTES:,})"
        )
    raw = array.tobytes(order="C")  # a copy: views, strides and subclasses play no part
    spec: dict[str, Any] = {"dtype": array.dtype.str, "shape": list(array.shape)}
    if blobs is not None and len(raw) >= BLOB_MIN_BYTES:
        spec["blob"] = len(blobs)
        blobs.append(raw)
    else:
        spec["data"] = base64.b64encode(raw).decode("ascii")
    return {"$ndarray": spec}


def decode(data: Any, blobs: Sequence[bytes] = ()) -> Any:
    """Inverse of `encode` (with the `blobs` that came with the data); unknown or malformed
    markers become `Opaque`."""
    return _decode(data, 0, blobs)


def _decode(data: Any, depth: int, blobs: Sequence[bytes]) -> Any:
    if isinstance(data, list | dict) and depth > MAX_DEPTH:
        return Opaque("nested", f"more than {MAX_DEPTH} levels deep")
    if isinstance(data, list):
        return [_decode(item, depth + 1, blobs) for item in data]
    if isinstance(data, dict):
        if "$tuple" in data and isinstance(data["$tuple"], list):
            return tuple(_decode(item, depth + 1, blobs) for item in data["$tuple"])
        if "$dict" in data and isinstance(data["$dict"], list):
            try:
                return {
                    _decode(k, depth + 1, blobs): _decode(v, depth + 1, blobs)
                    for k, v in data["$dict"]
                }
            except (TypeError, ValueError):
                return Opaque("dict", str(data)[:REPR_LIMIT])
        if data.get("$float") in NON_FINITE:
            return NON_FINITE[data["$float"]]
        if "$ndarray" in data:
            return _decode_array(data["$ndarray"], blobs)
        if data.get("$numpy") in NUMPY_SCALARS:
            return _decode_scalar(data["$numpy"], _decode(data.get("value"), depth + 1, ()))
        return Opaque(str(data.get("$opaque", "object")), str(data.get("repr", "")))
    return data


def _decode_array(spec: Any, blobs: Sequence[bytes]) -> Any:
    """The ndarray a `$ndarray` marker describes (numpy imported here, only for one), or
    `Opaque` when the marker does not add up."""
    try:
        import numpy

        dtype = numpy.dtype(spec["dtype"])
        shape = tuple(spec["shape"])
        if "blob" in spec:
            index = spec["blob"]
            if type(index) is not int or not 0 <= index < len(blobs):
                raise ValueError("no such blob")
            raw = blobs[index]
        else:
            raw = base64.b64decode(spec["data"], validate=True)
        if dtype.kind not in ARRAY_KINDS or not all(type(n) is int and n >= 0 for n in shape):
            raise ValueError("not an array of numbers")
        return numpy.frombuffer(raw, dtype=dtype).reshape(shape).copy()
    except Exception:  # missing numpy, a malformed marker, a size that does not add up
        return Opaque("ndarray", "<an array that could not be read back>")


def _decode_scalar(name: str, value: Any) -> Any:
    try:
        import numpy

        return getattr(numpy, name)(value)
    except Exception:
        return Opaque(name, repr(value)[:REPR_LIMIT])


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _numpy_of(value: Any) -> Any:
    """numpy, when `value` is of one of its types (and numpy is loaded); else None."""
    return sys.modules.get("numpy") if type(value).__module__ == "numpy" else None


def plain_scalars(value: Any) -> Any:
    """`value` with every numpy scalar of a bool, integer or float type turned into the
    Python bool, int or float it stands for (through lists, tuples and dicts; arrays stay).
    For challenges whose contract lets a numpy scalar count where a number is promised."""
    kind = type(value)
    if kind is list:
        return [plain_scalars(item) for item in value]
    if kind is tuple:
        return tuple(plain_scalars(item) for item in value)
    if kind is dict:
        return {key: plain_scalars(item) for key, item in value.items()}
    numpy = _numpy_of(value)
    if (
        numpy is not None
        and kind.__name__ in NUMPY_SCALARS
        and getattr(numpy, kind.__name__) is kind
    ):
        return value.item()
    return value


def strict_equal(a: Any, b: Any) -> bool:
    """Equality that also demands identical types all the way down (1 != True != 1.0)."""
    if type(a) is not type(b):
        return False
    numpy = _numpy_of(a)
    if numpy is not None and type(a) is numpy.ndarray:
        nan_equal = a.dtype.kind == "f"
        return a.dtype == b.dtype and a.shape == b.shape and numpy.array_equal(a, b, nan_equal)
    if numpy is not None and a != a and b != b:  # a numpy nan
        return True
    if type(a) in (list, tuple):
        return len(a) == len(b) and all(strict_equal(x, y) for x, y in zip(a, b, strict=True))
    if type(a) is dict:
        return a.keys() == b.keys() and all(strict_equal(a[k], b[k]) for k in a)
    if type(a) is float and a != a and b != b:  # NaN equals NaN for our purposes
        return True
    return a == b


def multiset_key(value: Any) -> Counter:
    """The elements of a list as a multiset of canonical strings (order-free comparison)."""
    return Counter(dumps(encode(item)) for item in value)


def results_match(expected: Any, got: Any, compare: str, numpy_scalars: bool = False) -> bool:
    """Compare a result with the expected one, exactly or as a multiset ("any order").
    With `numpy_scalars`, a numpy scalar counts as the Python number of its kind."""
    if numpy_scalars:
        expected, got = plain_scalars(expected), plain_scalars(got)
    if compare == "multiset":
        return type(got) is list and multiset_key(got) == multiset_key(expected)
    return strict_equal(expected, got)


def digest(value: Any, compare: str) -> str:
    """A short fingerprint of a result, for comparing big outputs without shipping them."""
    if compare == "multiset" and type(value) is list:
        text = dumps(sorted(dumps(encode(item)) for item in value))
    else:
        text = dumps(encode(value))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def type_name(value: Any) -> str:
    if isinstance(value, Opaque):
        return value.type_name
    return type(value).__name__


def show(value: Any, limit: int = 300) -> str:
    """A readable, bounded rendering of a decoded value for the learner."""
    return shorten(repr(value), limit)


def shorten(text: str, limit: int = 300) -> str:
    if len(text) > limit:
        return f"{text[: limit - 40]} ... ({len(text)} characters in all)"
    return text
