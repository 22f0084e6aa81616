"""The correctness tiers' worker: the challenge's limits, the load request, and the output
a failure shows (the end of it, capped, saying when it was cut). No process starts."""

from judge.challenge.catalog import find_challenge
from judge.engine.sandbox import Output
from judge.grading.submission import (
    OUTPUT_SHOWN,
    LoadedSubmission,
    load_request,
    open_worker,
    worker_limits,
)
from judge.verdicts import Failure


def test_workers_get_the_challenges_limits_and_harness(max_subarray, write_solution):
    limits = worker_limits(max_subarray)
    assert (limits.memory_mb, limits.file_size_mb) == (
        max_subarray.memory_mb,
        max_subarray.file_size_mb,
    )
    assert load_request(max_subarray) == {
        "op": "load",
        "function": "max_subarray_sum",
        "compare": "exact",
        "numpy": False,
    }
    worker = open_worker(max_subarray, write_solution("x = 1\n"))
    assert worker.process is None and worker.harness is None  # not started yet
    csv = find_challenge("csv-aggregate")
    assert open_worker(csv, write_solution("x = 1\n")).harness == csv.harness_file


def with_output(submission: LoadedSubmission, text: str, total: int | None = None):
    total = len(text.encode()) if total is None else total
    submission.worker.output = lambda: Output(text, total)
    return submission.attach_output(Failure("Wrong answer."))


def test_the_output_a_failure_shows(max_subarray, write_solution):
    submission = LoadedSubmission(max_subarray, write_solution("x = 1\n"))
    assert with_output(submission, "").output is None
    short = with_output(submission, "debugging 1\n")
    assert short.output == "debugging 1\n" and not short.output_truncated
    capped = with_output(submission, "y" * 10, total=70_000)  # the sandbox kept only a part
    assert capped.output == "y" * 10 and capped.output_truncated
    long = with_output(submission, "a" * 100 + "b" * OUTPUT_SHOWN)
    assert long.output == "b" * OUTPUT_SHOWN and long.output_truncated  # the end is kept
