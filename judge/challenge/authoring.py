"""The authoring API: what a challenge's `test_properties.py` imports from the judge.

A package lists its hand-picked cases as `EXAMPLES = [Example(args, expected, note), ...]` and
writes its properties as functions `test_<name>(solution, ...)`, usually with Hypothesis's
`@given`. `solution` is a proxy (`judge.grading.proxy.SolutionProxy`): calling it runs the
submission in its sandboxed worker and returns the decoded result; `solution.check(*args)`
also compares the result with the reference's. `type_name` names a result's exact type as the
judge sees it (a faked `__class__` does not count). A property about many calls at once (a
distribution tested over many seeds) raises `Rejected(message, input)`: the report then shows
its message and what was run, not the last of the calls. This module only defines the
vocabulary; it never runs anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from judge.engine.canonical import type_name

__all__ = ["Example", "Rejected", "type_name"]


@dataclass(frozen=True)
class Example:
    """A hand-picked case: the arguments as plain data, the expected result, and why."""

    args: tuple[Any, ...]
    expected: Any
    note: str = ""


class Rejected(AssertionError):
    """A property over many calls does not hold; `input` says what was run, in words."""

    def __init__(self, message: str, input: str | None = None) -> None:
        super().__init__(message)
        self.input = input
