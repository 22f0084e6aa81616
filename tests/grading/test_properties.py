"""The properties tier: the package's Hypothesis properties, derandomized, shrunk to the
smallest counterexample, each failure titled by its property's docstring."""

from contextlib import contextmanager
from pathlib import Path

from hypothesis.internal.conjecture import providers

from judge.challenge.catalog import find_challenge
from judge.grading import properties  # not `import test_title`: pytest would collect it
from judge.grading.check import check
from judge.verdicts import Verdict

from ..conftest import CHALLENGES


def test_wrong_answer_shows_the_smallest_counterexample(max_subarray, write_solution, folders):
    # Correct on every example, wrong only when the last element is above 50 and not alone:
    # the properties tier must find it and shrink it to the smallest such list.
    source = (
        "def max_subarray_sum(nums):\n"
        "    if len(nums) > 1 and nums[-1] > 50:\n"
        "        return nums[-1]\n"
        "    best = cur = nums[0]\n"
        "    for x in nums[1:]:\n"
        "        cur = max(x, cur + x)\n"
        "        best = max(best, cur)\n"
        "    return best\n"
    )
    result = check(max_subarray, write_solution(source), folders, quick=True)
    tier = result.tiers[1]
    assert result.verdict is Verdict.WA and tier.name == "properties"
    failure = tier.failure
    # The first property it breaks: "at least the largest element", smallest case of it.
    assert failure.test == "the answer is at least the largest single element"
    assert failure.input == "[52, 51]"
    assert failure.expected == "103" and failure.got == "51"


def test_settings_make_every_run_the_same(max_subarray):
    chosen = properties.property_settings(max_subarray)
    assert chosen.derandomize and chosen.database is None and chosen.deadline is None
    assert chosen.max_examples == max_subarray.max_examples
    assert not chosen.report_multiple_bugs and not chosen.print_blob


def test_a_property_is_titled_by_its_docstring_or_its_name():
    def test_sums_match(solution):
        """the sums match

        More words the learner does not need."""

    def test_no_docstring_here(solution):
        pass

    assert properties.test_title("test_sums_match", test_sums_match) == "the sums match"
    assert (
        properties.test_title("test_no_docstring_here", test_no_docstring_here)
        == "no docstring here"
    )


def test_the_properties_alone_find_the_textbook_formula(folders):
    """Hypothesis's strategy reaches a large offset with a small spread by itself: the
    examples (which include one) are skipped here."""
    sample = CHALLENGES / "streaming_stats" / "samples" / "wrong_answer" / "textbook_formula.py"
    tier = properties_tier("streaming-stats", sample, folders)
    assert tier.verdict is Verdict.WA
    # Caught by the accuracy property, or before it by the one that a variance is never
    # negative (the formula's cancellation gives both): either way far from zero.
    assert "far from zero" in tier.failure.test or "never negative" in tier.failure.message
    values = eval(tier.failure.input.removeprefix("values="))  # the shrunk counterexample
    assert abs(sum(values) / len(values)) >= 1e5


LOCAL_CONSTANTS = """
# Constants Hypothesis would pick up from any "local" module imported in the process.
NUMBERS = [7, -7, 13, 1000003, -999999, 2**31 - 1, 0.5, -2.25, 1e-300]
WORDS = ["judge", "", "x" * 40, "\\u00e9t\\u00e9", "a,b"]
"""


def properties_tier(slug: str, sample: Path, folders):
    from judge.grading.context import CheckContext
    from judge.grading.properties import PropertiesTier

    context = CheckContext(find_challenge(slug), sample, folders)
    try:
        assert context.loaded_submission().load() is None
        return PropertiesTier("Properties").run(context)
    finally:
        context.close()


def test_the_properties_never_draw_constants_of_the_modules_a_process_imported(
    folders, tmp_path, monkeypatch
):
    """Hypothesis mixes constants from every local module in sys.modules into what it draws,
    so a process that imported other code (a verify pool, a Dask worker, the watch's standby
    process) would meet other inputs. Every property the judge runs sees none of them."""
    (tmp_path / "lots_of_constants.py").write_text(LOCAL_CONSTANTS)
    monkeypatch.syspath_prepend(str(tmp_path))
    __import__("lots_of_constants")
    assert -999999 in providers._get_local_constants().integers  # seen as local
    seen = []
    real = properties.no_local_constants

    @contextmanager
    def spy():
        with real():
            seen.append(len(providers._get_local_constants().integers))
            yield

    monkeypatch.setattr(properties, "no_local_constants", spy)
    sample = CHALLENGES / "streaming_stats" / "samples" / "wrong_answer" / "textbook_formula.py"
    tier = properties_tier("streaming-stats", sample, folders)
    assert tier.verdict is Verdict.WA and seen and set(seen) == {0}  # each property: none
    assert -999999 in providers._get_local_constants().integers  # and back after
