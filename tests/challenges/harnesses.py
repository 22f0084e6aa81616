"""Importing a challenge's harness.py the way the judge does (a trusted file, its own name),
and the check every harness must pass on its challenge's examples."""

from pathlib import Path
from types import ModuleType

from judge.challenge.catalog import find_challenge
from judge.challenge.code import import_file, load_tests
from judge.engine import canonical


def harness_of(slug: str) -> ModuleType:
    challenge = find_challenge(slug)
    return import_file(challenge.harness_file, f"test_harness_{challenge.module_name}")


def check_examples_build_fresh_arguments(slug: str, folder: Path) -> None:
    """Every example's data becomes fresh arguments, observed and described the same way each
    time (the judge builds them anew for every call, on both sides)."""
    harness = harness_of(slug)
    examples = load_tests(find_challenge(slug)).EXAMPLES
    assert examples
    for example in examples:
        data = list(example.args)
        first = harness.build_args(data, folder)
        second = harness.build_args(data, folder)
        assert len(first) == len(data)
        mutable = [(a, b) for a, b in zip(first, second, strict=True) if hasattr(a, "__setitem__")]
        assert all(a is not b for a, b in mutable)  # a call may change its own copy only
        seen = canonical.dumps(canonical.encode(harness.observe(first)))
        assert seen == canonical.dumps(canonical.encode(harness.observe(second)))
        shown = harness.describe(data)
        assert isinstance(shown, str) and shown
