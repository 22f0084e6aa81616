"""Canonical, type-exact encoding of values that cross the process boundary.

The worker encodes what the submission returned into JSON-compatible data; the parent decodes
it and compares it with the reference's result. Nothing here ever unpickles or executes
anything, so a hostile submission can only send data. The encoding is *type exact*: a `bool`
stays a `bool`, an `int` subclass or an object that lies about its `__class__` becomes an
`Opaque` marker that equals nothing, so "looks equal" objects can never pass for the real
thing. This module is imported by the worker: it must stay stdlib-only and cheap to import.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

REPR_LIMIT = 200


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


def encode(value: Any) -> Any:
    """Turn a value into JSON-compatible data, keeping exact types."""
    kind = type(value)  # type(), never value.__class__, which a submission can fake
    if value is None or kind in (bool, int, float, str):
        return value
    if kind is list:
        return [encode(item) for item in value]
    if kind is tuple:
        return {"$tuple": [encode(item) for item in value]}
    if kind is dict:
        return {"$dict": [[encode(k), encode(v)] for k, v in value.items()]}
    return {"$opaque": f"{kind.__module__}.{kind.__qualname__}", "repr": _safe_repr(value)}


def decode(data: Any) -> Any:
    """Inverse of `encode`; unknown or malformed markers become `Opaque`."""
    if isinstance(data, list):
        return [decode(item) for item in data]
    if isinstance(data, dict):
        if "$tuple" in data and isinstance(data["$tuple"], list):
            return tuple(decode(item) for item in data["$tuple"])
        if "$dict" in data and isinstance(data["$dict"], list):
            try:
                return {decode(k): decode(v) for k, v in data["$dict"]}
            except (TypeError, ValueError):
                return Opaque("dict", str(data)[:REPR_LIMIT])
        return Opaque(str(data.get("$opaque", "object")), str(data.get("repr", "")))
    return data


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def strict_equal(a: Any, b: Any) -> bool:
    """Equality that also demands identical types all the way down (1 != True != 1.0)."""
    if type(a) is not type(b):
        return False
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


def results_match(expected: Any, got: Any, compare: str) -> bool:
    """Compare a result with the expected one, exactly or as a multiset ("any order")."""
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
