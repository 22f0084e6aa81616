"""The small protocol every tier follows, and the context one check hands to its tiers.

A tier has a kind, a title, whether it is required, and whether it is a correctness tier
(those also run with `--quick`); `run(context)` grades and returns its `TierResult`. The
context owns what tiers share during one check: the challenge, the file, the folders the
judge may write (handed in by the caller: grading never looks at the workspace), the
reference in this process, the property tests, and the one worker the correctness tiers
call. Closing the context closes them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

from judge.challenge.catalog import Challenge
from judge.grading.reference import Reference
from judge.grading.results import TierKind, TierResult
from judge.grading.submission import LoadedSubmission

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Folders:
    """Where a check may write (the input cache, Hypothesis's few files), and the salt its
    large inputs are generated with ("": the packages' own seeds, the same everywhere)."""

    cache: Path
    hypothesis: Path
    input_salt: str = ""


@dataclass
class CheckContext:
    challenge: Challenge
    submission: Path
    folders: Folders
    progress: Progress = lambda _: None
    claim: str | None = None  # the complexity the learner says their code has ("n log n")
    _reference: Reference | None = None
    _tests: tuple[ModuleType, list[tuple[str, Any]]] | None = None
    _loaded: LoadedSubmission | None = None
    closers: list[Callable[[], None]] = field(default_factory=list)

    @property
    def reference(self) -> Reference:
        if self._reference is None:
            self._reference = Reference(self.challenge)
        return self._reference

    def property_tests(self) -> tuple[ModuleType, list[tuple[str, Any]]]:
        """The challenge's test module and its `test_*` functions, imported once."""
        if self._tests is None:
            from judge.grading.properties import property_tests

            self._tests = property_tests(self.challenge, self.folders.hypothesis)
        return self._tests

    @property
    def accept(self) -> Any:
        """The package's `accept(args, expected, got)`, if its tests define one."""
        module, _ = self.property_tests()
        return getattr(module, "accept", None)

    def loaded_submission(self) -> LoadedSubmission:
        """The correctness tiers' worker, started on first use (loading is the caller's)."""
        if self._loaded is None:
            self._loaded = LoadedSubmission(self.challenge, self.submission)
            self._loaded.worker.start()
        return self._loaded

    def release_submission(self) -> None:
        """The correctness tiers are done: their worker is not needed any more."""
        if self._loaded is not None:
            self._loaded.close()
            self._loaded = None

    def close(self) -> None:
        self.release_submission()
        if self._reference is not None:
            # Now, not at exit: pool processes of `verify -j` never run atexit.
            self._reference.close()


class Tier:
    """The protocol: what a tier is, and `run`. Subclasses set the class attributes."""

    kind: ClassVar[TierKind]
    correctness: ClassVar[bool] = False

    def __init__(self, title: str, required: bool = True) -> None:
        self.title, self.required = title, required

    def pending(self) -> TierResult:
        """The result before (or without) running: verdict None."""
        return TierResult(self.kind, self.title, required=self.required, verdict=None)

    def run(self, context: CheckContext) -> TierResult:
        raise NotImplementedError
