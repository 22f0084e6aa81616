"""logistic-regression's harness: every example's data becomes fresh arguments, observed and
described the same way each time (the judge builds them anew for every call, on both sides)."""

from judge.challenge.catalog import find_challenge
from judge.challenge.code import load_tests
from judge.engine import canonical

from .harnesses import harness_of


def test_every_example_builds_fresh_arguments_and_reads_as_text(tmp_path):
    harness = harness_of("logistic-regression")
    examples = load_tests(find_challenge("logistic-regression")).EXAMPLES
    assert examples
    for example in examples:
        data = list(example.args)
        first = harness.build_args(data, tmp_path)
        second = harness.build_args(data, tmp_path)
        assert len(first) == len(data)
        mutable = [(a, b) for a, b in zip(first, second, strict=True) if hasattr(a, "__setitem__")]
        assert all(a is not b for a, b in mutable)  # a call may change its own copy only
        seen = canonical.dumps(canonical.encode(harness.observe(first)))
        assert seen == canonical.dumps(canonical.encode(harness.observe(second)))
        shown = harness.describe(data)
        assert isinstance(shown, str) and shown
