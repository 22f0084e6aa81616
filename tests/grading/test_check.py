"""Whole checks through the library (`judge.grading.check`): the tiers in order, the overall
verdict, --quick, determinism, and a failure of the judge's own machinery as IE."""

import os
import select
import shutil
import signal

import pytest

from judge.challenge.catalog import find_challenge
from judge.grading.check import check, plan
from judge.grading.results import TierKind
from judge.verdicts import Verdict

from ..conftest import CHALLENGES

LINEAR = {"n", "n log n"}


def test_reference_is_accepted_on_every_tier(max_subarray, folders):
    result = check(max_subarray, max_subarray.path("reference.py"), folders)
    assert result.accepted and result.score == 100
    assert [t.verdict for t in result.tiers] == [Verdict.AC] * 3
    growth = result.tiers[2].growth
    # n and n log n are a few percent apart at these sizes, so the words may name both; a
    # linear reference must never be called anything else.
    assert "n" in growth.submission_classes and "n" in growth.reference_classes
    assert set(growth.submission_classes) <= LINEAR and set(growth.reference_classes) <= LINEAR


def test_stub_is_not_accepted(max_subarray, folders):
    result = check(max_subarray, max_subarray.path("stub.py"), folders)
    assert result.verdict is Verdict.RE
    assert "NotImplementedError" in result.tiers[0].failure.error


def test_same_file_same_verdict_and_same_counterexample(max_subarray, write_solution, folders):
    path = write_solution(
        "def max_subarray_sum(nums):\n    return max(nums) if len(nums) < 4 else sum(nums)\n"
    )
    first = check(max_subarray, path, folders, quick=True)
    second = check(max_subarray, path, folders, quick=True)
    assert first.verdict is second.verdict is Verdict.WA
    assert first.tiers[1].failure == second.tiers[1].failure


def test_plan_lists_the_tiers_in_report_order(max_subarray):
    assert [t.kind for t in plan(max_subarray)] == [
        TierKind.EXAMPLES,
        TierKind.PROPERTIES,
        TierKind.PERFORMANCE,
    ]
    csv = find_challenge("csv-aggregate")
    tiers = plan(csv)
    assert [t.kind for t in tiers[:3]] == [
        TierKind.EXAMPLES,
        TierKind.PROPERTIES,
        TierKind.PERFORMANCE,
    ]
    assert [(t.title, t.required) for t in tiers[3:]] == [
        (spec.tier_title, spec.required) for spec in csv.memory
    ]


def test_quick_runs_the_correctness_tiers_only(max_subarray, folders):
    result = check(max_subarray, max_subarray.path("reference.py"), folders, quick=True)
    examples, properties, performance = result.tiers
    assert examples.verdict is properties.verdict is Verdict.AC
    assert performance.verdict is None and performance.summary == "not run (--quick)"
    assert result.quick and result.accepted and result.score == 60


def test_a_failed_tier_stops_the_required_ones_after_it(max_subarray, write_solution, folders):
    result = check(
        max_subarray, write_solution("def max_subarray_sum(nums):\n    return 0\n"), folders
    )
    assert [t.verdict for t in result.tiers] == [Verdict.WA, None, None]
    assert result.score == 0 and not result.accepted


def test_a_broken_package_is_an_internal_error_never_the_users(tmp_path, monkeypatch, folders):
    """The reference itself raising is the challenge's bug: IE on that tier, not WA."""
    package = tmp_path / "catalogue" / "max_subarray"
    shutil.copytree(CHALLENGES / "max_subarray", package, ignore=shutil.ignore_patterns("samples"))
    (package / "reference.py").write_text("def max_subarray_sum(nums):\n    return 1 // 0\n")
    monkeypatch.setenv("JUDGE_CHALLENGES_DIR", str(package.parent))
    broken = find_challenge("max-subarray")
    correct = CHALLENGES / "max_subarray" / "reference.py"
    result = check(broken, correct, folders, quick=True)
    examples, properties, _ = result.tiers
    assert examples.verdict is Verdict.AC  # examples compare with the author's values
    assert properties.verdict is Verdict.IE and result.verdict is Verdict.IE
    assert properties.failure.message == (
        "The judge itself failed here; this is our bug, not yours."
    )
    assert "ZeroDivisionError" in properties.failure.error
    assert properties.failure.traceback  # the judge's own frames, for the bug report


# -- grading beyond exact answers --------------------------------------------------------
WELFORD = """
def mean_and_variance(values):
    n, mean, m2 = 0, 0.0, 0.0
    for x in values:
        n += 1
        delta = x - mean
        mean += delta / n
        m2 += delta * (x - mean)
    return {result}
"""


@pytest.mark.parametrize(
    ("result", "words"),
    [
        ("mean, float('nan')", "got nan (nan is not a number)"),
        ("mean, 10 ** 400", "an int is not a float"),
        ("__import__('numpy').array([mean, None], dtype=object)", "Python objects cannot"),
        ("mean, deep()", "nested more"),
    ],
)
def test_results_that_cannot_be_right_are_wrong_answers_in_one_sentence(
    result, words, write_solution, folders
):
    deep = "def deep():\n    d = []\n    for _ in range(10**6):\n        d = [d]\n    return d\n"
    path = write_solution(deep + WELFORD.format(result=result))
    outcome = check(find_challenge("streaming-stats"), path, folders, quick=True)
    assert outcome.verdict is Verdict.WA
    failure = outcome.tiers[0].failure
    assert words in f"{failure.message} {failure.error}"


def test_worker_pins_blas_to_one_thread(write_solution, folders):
    source = (
        "import os\n"
        "def first_match(text, patterns):\n"
        "    wanted = ('OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS')\n"
        "    if any(os.environ.get(name) != '1' for name in wanted):\n"
        "        raise RuntimeError('BLAS threads not pinned')\n"
        "    import sys\n"
        "    assert 'numpy' in sys.modules, 'numpy not loaded first'\n"
        "    return min((i for i in (text.find(p) for p in patterns) if i >= 0), default=-1)\n"
    )
    result = check(find_challenge("contains-any"), write_solution(source), folders, quick=True)
    assert result.accepted, result.tiers[0].failure


def test_a_process_forked_after_a_check_can_check_too(max_subarray, folders):
    """`judge verify --jobs N` forks its pool from a process that may have checked already
    (the test suite does): the child must not wait for a thread it did not inherit."""
    reference = max_subarray.path("reference.py")
    assert check(max_subarray, reference, folders, quick=True).accepted
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child reports through the pipe
        try:
            verdict = check(max_subarray, reference, folders, quick=True).verdict.value
            os.write(write, verdict.encode())
        finally:
            os._exit(0)
    os.close(write)
    try:
        ready, _, _ = select.select([read], [], [], 60)
        answer = os.read(read, 16).decode() if ready else "no answer: the check hung"
    finally:
        os.close(read)
        if not ready:
            os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
    assert answer == "AC"
