"""Lets a challenge author run one package's properties with plain pytest:

    pytest challenges/max_subarray/test_properties.py                      # the reference
    JUDGE_SOLUTION=path/to/file.py pytest challenges/max_subarray/         # any file

With no JUDGE_SOLUTION the reference is called directly in this process (no worker): that
is also the "bare pytest" baseline `make bench` compares `judge check --quick` with. With
it, calls go through a sandboxed worker exactly as in `judge check`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from judge.challenge.catalog import load_challenge
from judge.engine import canonical
from judge.engine.sandbox import Outcome
from judge.grading.properties import property_settings
from judge.grading.proxy import SolutionProxy
from judge.grading.reference import Reference
from judge.grading.submission import LoadedSubmission


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> None:
    """Load the judge's Hypothesis settings before a package's tests are imported."""
    if file_path.name == "test_properties.py":
        challenge = load_challenge(file_path.parent)
        settings.register_profile("judge-plain", property_settings(challenge))
        settings.load_profile("judge-plain")


@pytest.fixture(scope="module")  # one worker for the whole module, as in `judge check`
def solution(request: pytest.FixtureRequest):
    challenge = load_challenge(Path(request.path).parent)
    reference = Reference(challenge)
    accept = getattr(request.module, "accept", None)
    file = os.environ.get("JUDGE_SOLUTION")
    if not file:

        def call_reference(data: list) -> Outcome:
            result = canonical.encode(reference.expected(data))
            return Outcome(reply={"ok": True, "result": result, "after": reference.untouched(data)})

        yield SolutionProxy(call_reference, reference, accept)
        return
    with LoadedSubmission(challenge, Path(file)) as session:
        not_loaded = session.load()
        if not_loaded:
            verdict, failure = not_loaded
            pytest.fail(f"{file}: {verdict} {failure.message} {failure.error or ''}")
        yield SolutionProxy(session.call, reference, accept)
