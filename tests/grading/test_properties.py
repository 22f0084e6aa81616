"""The properties tier: the package's Hypothesis properties, derandomized, shrunk to the
smallest counterexample, each failure titled by its property's docstring."""

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
    from judge.grading.context import CheckContext
    from judge.grading.properties import PropertiesTier

    challenge = find_challenge("streaming-stats")
    sample = CHALLENGES / "streaming_stats" / "samples" / "wrong_answer" / "textbook_formula.py"
    context = CheckContext(challenge, sample, folders)
    try:
        assert context.loaded_submission().load() is None
        tier = PropertiesTier("Properties").run(context)
    finally:
        context.close()
    assert tier.verdict is Verdict.WA
    assert "far from zero" in tier.failure.test
    values = eval(tier.failure.input.removeprefix("values="))  # the shrunk counterexample
    assert abs(sum(values) / len(values)) >= 1e5
