"""Importing a challenge's harness.py the way the judge does (a trusted file, its own name)."""

from types import ModuleType

from judge.challenge.catalog import find_challenge
from judge.challenge.code import import_file


def harness_of(slug: str) -> ModuleType:
    challenge = find_challenge(slug)
    return import_file(challenge.harness_file, f"test_harness_{challenge.module_name}")
