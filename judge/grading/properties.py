"""The properties tier: the package's Hypothesis properties, differential and invariant.

Properties run derandomized, with no example database and no output, and without the
constants Hypothesis gathers from the modules a process has imported (`no_local_constants`),
so the same file always gets the same verdict and the same (shrunk, smallest)
counterexample, whatever the process graded before. Each `test_*` function of the package's
`test_properties.py` is called directly with `solution=proxy` (not through pytest); the
first one that fails ends the tier. A failure of the package's own reference inside a
property is an internal error, not a broken property.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from hypothesis import HealthCheck, Phase, Verbosity, settings
from hypothesis.configuration import set_hypothesis_home_dir
from hypothesis.errors import Flaky, HypothesisException
from hypothesis.reporting import with_reporter

from judge.challenge.catalog import Challenge
from judge.challenge.code import load_tests
from judge.grading.context import CheckContext, Tier
from judge.grading.correctness import case_failure, finished
from judge.grading.proxy import GradingStopped, SolutionProxy
from judge.grading.reference import ReferenceFailed
from judge.grading.results import TierKind, TierResult
from judge.verdicts import Verdict


def property_settings(challenge: Challenge) -> settings:
    return settings(
        max_examples=challenge.max_examples,
        derandomize=True,
        database=None,
        deadline=None,
        print_blob=False,
        report_multiple_bugs=False,
        verbosity=Verbosity.quiet,
        suppress_health_check=list(HealthCheck),
        phases=(Phase.explicit, Phase.generate, Phase.shrink),
    )


def property_tests(
    challenge: Challenge, hypothesis_home: Path
) -> tuple[ModuleType, list[tuple[str, Any]]]:
    """Import the challenge's tests under the judge's Hypothesis settings."""
    # Hypothesis keeps a few files even without a database: in the folder the caller names
    # (the state folder), not in whatever folder the user runs judge from.
    set_hypothesis_home_dir(str(hypothesis_home))
    settings.register_profile("judge", property_settings(challenge))
    # Restored afterwards, so that a host pytest run keeps its own profile.
    previous = settings.get_current_profile_name()
    settings.load_profile("judge")
    try:
        module = load_tests(challenge)
    finally:
        if previous:
            settings.load_profile(previous)
    tests = [
        (name, value)
        for name, value in vars(module).items()
        if name.startswith("test_") and callable(value)
    ]
    return module, tests


@contextmanager
def no_local_constants() -> Iterator[None]:
    """Hypothesis mixes into what it draws constants read from the source of every "local"
    module in sys.modules (its own private `providers._get_local_constants`). Which modules
    those are depends on what the process did before: a verify pool process or a Dask worker
    that graded other challenges, the watch's standby process, judge's own modules. The same
    file then met other inputs in another process, and could get another verdict. While the
    properties run, the local constants are none (Hypothesis's global ones still apply)."""
    try:  # Hypothesis's internals: absent from older versions, which have no such constants
        from hypothesis.internal.conjecture import providers
        from hypothesis.internal.constants_ast import Constants
    except ImportError:
        providers = None
    original = getattr(providers, "_get_local_constants", None)
    if original is None:
        yield
        return
    providers.CONSTANTS_CACHE.cache.clear()  # it holds local constants drawn from before
    providers._get_local_constants = Constants
    try:
        yield
    finally:
        providers._get_local_constants = original
        providers.CONSTANTS_CACHE.cache.clear()


def test_title(name: str, test: Any) -> str:
    """What the learner reads for a failed property: its docstring's first line."""
    doc = (test.__doc__ or "").strip().splitlines()
    return doc[0] if doc else name.removeprefix("test_").replace("_", " ")


class PropertiesTier(Tier):
    kind = TierKind.PROPERTIES
    correctness = True

    def run(self, context: CheckContext) -> TierResult:
        context.progress("properties")
        started = time.monotonic()
        _, tests = context.property_tests()
        submission = context.loaded_submission()
        tier = self.pending()
        tier.verdict, tier.total = Verdict.AC, len(tests)
        proxy = SolutionProxy(submission.call, context.reference, context.accept)
        with no_local_constants():  # once for all of them: each property sees none
            for name, test in tests:
                proxy.last = None
                try:
                    with with_reporter(lambda _message: None):
                        test(solution=proxy)
                except ReferenceFailed:
                    raise  # the package's own code failed: an internal error, never the user's
                except HypothesisException as exc:
                    if not isinstance(exc, Flaky):
                        raise  # a broken property test is the challenge's bug: an internal error
                    tier.verdict, tier.failure = case_failure(proxy, exc, name)
                except (Exception, GradingStopped) as exc:
                    tier.verdict, tier.failure = case_failure(proxy, exc, name)
                if tier.failure:
                    tier.failure.test = test_title(name, test)
                    submission.attach_output(tier.failure)
                    break
                tier.passed += 1
        summary = f"{tier.passed}/{tier.total} properties, {proxy.calls} calls"
        return finished(tier, summary, started)
