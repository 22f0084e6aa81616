"""The reference solution, called in the judge's own process to compute what is expected.

The reference is trusted code of the challenge package; it never sees the submission's
process. Its answers (and what untouched inputs look like, for read-only contracts) are
cached per input, because Hypothesis replays the same inputs many times while it shrinks.
When the package's own code (the reference or its harness) fails on an input, that is raised
as `ReferenceFailed`, which the tiers report as an internal error, never as the submission's.
"""

from __future__ import annotations

import shutil
import tempfile
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from judge.challenge.catalog import Challenge
from judge.challenge.code import import_file
from judge.engine import canonical, harness


class ReferenceFailed(Exception):
    """The challenge's reference or harness raised: a bug of the package (IE), not a wrong
    answer. Property tests call the reference inside their body, where any other exception
    would read as an invariant the submission broke."""


class Reference:
    """The reference solution, called in the judge's own process to compute expectations."""

    def __init__(self, challenge: Challenge) -> None:
        self.challenge = challenge
        tag = challenge.module_name
        module = import_file(challenge.path("reference.py"), f"judge_reference_{tag}")
        self.function = getattr(module, challenge.function)
        harness_module = harness
        if challenge.harness_file:
            harness_module = import_file(challenge.harness_file, f"judge_harness_{tag}")
        self.hooks = harness.load_hooks(harness_module)
        self._expected: dict[str, Any] = {}
        self._untouched: dict[str, Any] = {}
        self._scratch = Path(tempfile.mkdtemp(prefix="judge-reference-"))
        self.close = weakref.finalize(self, shutil.rmtree, self._scratch, True)

    def _folder(self) -> Path:
        """Where a call may write: a fresh folder for file-based challenges (they have a
        harness), the shared scratch folder for the rest (cheaper: nothing is written)."""
        if self.challenge.harness_file:
            return Path(tempfile.mkdtemp(dir=self._scratch))
        return self._scratch

    @staticmethod
    def _key(data: list[Any]) -> str:
        return canonical.dumps(canonical.encode(data))

    @staticmethod
    def _trusted(what: str, data: list[Any], call: Callable[[], Any]) -> Any:
        """Run the package's own code on one input; its failure is ours (ReferenceFailed)."""
        try:
            return call()
        except Exception as exc:
            shown = canonical.shorten(repr(data), limit=200)
            raise ReferenceFailed(
                f"the challenge's {what} failed on {shown}: {type(exc).__name__}: {exc}"
            ) from exc

    def expected(self, data: list[Any]) -> Any:
        key = self._key(data)
        if key not in self._expected:

            def call() -> Any:
                folder = self._folder()
                args = self.hooks["build_args"](data, folder)
                value = self.hooks["collect"](self.function(*args), args, folder)
                return canonical.decode(canonical.encode(value))

            self._expected[key] = self._trusted("reference", data, call)
        return self._expected[key]

    def arguments(self, data: list[Any]) -> tuple[Any, ...]:
        """Fresh arguments of the call `data`, built here (for `accept` to look at)."""
        return self.hooks["build_args"](data, self._folder())

    def untouched(self, data: list[Any]) -> Any:
        """What the arguments look like before any call (to detect a modified input).
        Cached: Hypothesis replays the same inputs many times while it shrinks."""
        key = self._key(data)
        if key not in self._untouched:

            def observe() -> Any:
                args = self.hooks["build_args"](data, self._folder())
                return canonical.encode(self.hooks["observe"](args))

            self._untouched[key] = self._trusted("harness", data, observe)
        return self._untouched[key]

    def show_input(self, data: list[Any]) -> str:
        """The input as the learner reads it in a failure report."""
        described = self._trusted("harness", data, lambda: str(self.hooks["describe"](data)))
        return canonical.shorten(described, limit=600)
