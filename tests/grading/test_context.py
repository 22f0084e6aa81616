"""The tier protocol and the context one check hands its tiers: folders handed in, the
property tests imported once, nothing started until asked for, closing is safe."""

from judge.grading.context import CheckContext, Folders, Tier
from judge.grading.results import TierKind


def test_folders_are_handed_in_and_unsalted_by_default(tmp_path):
    folders = Folders(tmp_path / "cache", tmp_path / "hypothesis")
    assert folders.input_salt == ""  # the packages' own seeds: the same inputs everywhere


def test_a_pending_tier_has_not_run():
    class Example(Tier):
        kind = TierKind.EXAMPLES
        correctness = True

    pending = Example("Examples", required=False).pending()
    assert (pending.name, pending.title, pending.required) == ("examples", "Examples", False)
    assert pending.verdict is None and pending.skipped and pending.summary == ""
    assert not Tier.correctness  # the speed tiers: skipped by --quick


def test_nothing_starts_until_a_tier_asks_and_closing_twice_is_safe(max_subarray, folders):
    context = CheckContext(max_subarray, max_subarray.path("reference.py"), folders)
    assert context._loaded is None and context._reference is None
    module, tests = context.property_tests()
    assert context.property_tests()[0] is module  # imported once per check
    assert [name for name, _ in tests] == [
        "test_returns_an_int",
        "test_at_least_the_largest_element",
        "test_matches_reference",
        "test_huge_values",
    ]
    assert context.reference is context.reference
    context.release_submission()  # no worker was started: nothing to do
    context.close()
    context.close()
