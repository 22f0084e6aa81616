"""The default harness: how a call's data becomes the function's arguments, and back.

Inputs travel as plain data (a list with one item per argument). Both sides of the trust
boundary use the same harness: the worker to build the arguments it calls the submission
with, the parent to build the arguments it calls the reference with and to know what the
arguments must still look like afterwards. A challenge whose function takes something that
is not plain data (linked-list nodes, file paths) ships a `harness.py` that defines any of
these four functions; the ones it leaves out come from here. Imported by the worker, so
stdlib only, and iterative: inputs can be far deeper than the recursion limit.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any


def build_args(data: list[Any], workdir: Path) -> tuple[Any, ...]:
    """The arguments of one call, fresh each time (the call may modify them)."""
    return tuple(copy.deepcopy(data))


def observe(args: tuple[Any, ...]) -> Any:
    """The state of the arguments as plain data, to tell whether the call modified them."""
    return list(args)


def collect(result: Any, args: tuple[Any, ...], workdir: Path) -> Any:
    """The result to compare: the return value, or what the call wrote (file challenges)."""
    return result


def describe(data: list[Any]) -> str:
    """The input as the learner reads it in a failure report."""
    return ", ".join(repr(item) for item in data)


HOOKS = ("build_args", "observe", "collect", "describe")


def load_hooks(module: Any) -> dict[str, Any]:
    """The four hooks of a challenge's harness module, defaulting to the ones above."""
    defaults = globals()
    return {name: getattr(module, name, defaults[name]) for name in HOOKS}
