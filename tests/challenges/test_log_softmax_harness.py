"""log-softmax's harness: every example's data becomes fresh arguments, observed and described
the same way each time (the judge builds them anew for every call, on both sides)."""

from .harnesses import check_examples_build_fresh_arguments


def test_every_example_builds_fresh_arguments_and_reads_as_text(tmp_path):
    check_examples_build_fresh_arguments("log-softmax", tmp_path)
