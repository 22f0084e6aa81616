"""Importing a challenge package's trusted Python files in the judge's own process.

The reference, the harness, the property tests and the input generator are written by the
challenge's author and run here, on the trusted side; a submission never does (it runs only
in a worker). Each file is imported under a fresh, package-specific module name, so that two
packages' `reference.py` never collide.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from judge.challenge.catalog import Challenge


def import_file(path: Path, name: str) -> ModuleType:
    """Import a trusted challenge file (reference, harness, tests, perf) under a fresh name."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and pickle look modules up by name
    spec.loader.exec_module(module)
    return module


def load_tests(challenge: Challenge) -> ModuleType:
    return import_file(challenge.path("test_properties.py"), f"judge_tests_{challenge.module_name}")


def load_generator(challenge: Challenge) -> ModuleType:
    return import_file(challenge.path("perf.py"), f"judge_perf_{challenge.module_name}")
