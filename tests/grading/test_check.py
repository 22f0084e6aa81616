"""Whole checks through the library: verdicts, failures a learner can act on, determinism."""

import pytest

from judge.challenge.catalog import find_challenge
from judge.grading.check import check
from judge.verdicts import Verdict

from ..conftest import CHALLENGES

SAMPLES = CHALLENGES / "max_subarray" / "samples"
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


def test_same_file_same_verdict_and_same_counterexample(max_subarray, write_solution, folders):
    path = write_solution(
        "def max_subarray_sum(nums):\n    return max(nums) if len(nums) < 4 else sum(nums)\n"
    )
    first = check(max_subarray, path, folders, quick=True)
    second = check(max_subarray, path, folders, quick=True)
    assert first.verdict is second.verdict is Verdict.WA
    assert first.tiers[1].failure == second.tiers[1].failure


def test_runtime_error_keeps_the_users_frames_and_output(max_subarray, write_solution, folders):
    source = (
        "def max_subarray_sum(nums):\n"
        "    print('debugging', nums)\n"
        "    return helper(nums)\n\n"
        "def helper(nums):\n"
        "    return nums[len(nums)]\n"
    )
    result = check(max_subarray, write_solution(source, "mine.py"), folders, quick=True)
    failure = result.tiers[0].failure
    assert result.verdict is Verdict.RE
    assert failure.error == "IndexError: list index out of range"
    assert failure.traceback[0].startswith('File "mine.py", line 3, in max_subarray_sum')
    assert failure.traceback[-1].startswith('File "mine.py", line 6, in helper')
    assert "debugging [-2, 1, -3" in failure.output


def test_quadratic_gets_tle_with_growth_next_to_the_reference(max_subarray, folders):
    result = check(max_subarray, SAMPLES / "time_limit" / "quadratic.py", folders)
    perf = result.tiers[2]
    assert result.verdict is Verdict.TLE and perf.verdict is Verdict.TLE
    # Stopped at the second size, it was also measured below the first, so the words rest
    # on four sizes and name the quadratic class, next to the reference's linear one.
    assert perf.growth.submission == "~n^2" and perf.growth.points >= 4
    assert "n" in perf.growth.reference_classes and "n^2" not in perf.growth.reference_classes
    assert 0 < result.score < 100  # correct but slow: partial credit
    assert perf.growth.projected_seconds > perf.growth.projected_limit
    stopped = [s for s in perf.sizes if s.verdict is Verdict.TLE]
    # One size over the limit (stopped there, or finished just past it), then nothing more.
    assert len(stopped) == 1
    assert stopped[0].seconds is None or stopped[0].seconds > stopped[0].limit
    assert all(s.verdict is None for s in perf.sizes[perf.sizes.index(stopped[0]) + 1 :])


def test_slow_sample_gets_the_same_verdict_five_times(max_subarray, folders):
    verdicts = {
        check(max_subarray, SAMPLES / "time_limit" / "quadratic.py", folders).verdict
        for _ in range(5)
    }
    assert verdicts == {Verdict.TLE}


def test_plain_nlogn_solution_passes(max_subarray, folders):
    result = check(max_subarray, SAMPLES / "accepted" / "divide_and_conquer.py", folders)
    assert result.accepted


def test_modified_input_is_a_wrong_answer(folders):
    from judge.challenge.catalog import find_challenge

    challenge = find_challenge("zero-sum-pair")
    sample = CHALLENGES / "zero_sum_pair" / "samples" / "wrong_answer" / "sorts_input.py"
    result = check(challenge, sample, folders, quick=True)
    assert result.verdict is Verdict.WA
    assert "modified its input" in result.tiers[0].failure.message


def test_syntax_error_is_ce_with_the_line(max_subarray, folders):
    result = check(max_subarray, SAMPLES / "compile_error" / "syntax_error.py", folders)
    assert result.verdict is Verdict.CE
    assert "syntax_error.py" in result.tiers[0].failure.error
    assert "line 1" in result.tiers[0].failure.error


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


def test_vectorised_limit_is_named_in_the_report(folders):
    challenge = find_challenge("kmeans")
    sample = CHALLENGES / "kmeans" / "samples" / "time_limit" / "loop_over_points.py"
    result = check(challenge, sample, folders)
    assert result.verdict is Verdict.TLE
    performance = result.tiers[2]
    assert "vectorised" in performance.summary and "vectorised" in performance.failure.message


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
