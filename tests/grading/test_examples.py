"""The examples tier: loading the file (CE, or a failure at import), then the hand-picked
cases compared with the author's expected values, with the user's own frames and output."""

from judge.grading.check import check
from judge.verdicts import Verdict

from ..conftest import CHALLENGES

SAMPLES = CHALLENGES / "max_subarray" / "samples"


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


def test_syntax_error_is_ce_with_the_line(max_subarray, folders):
    result = check(max_subarray, SAMPLES / "compile_error" / "syntax_error.py", folders)
    assert result.verdict is Verdict.CE
    assert "syntax_error.py" in result.tiers[0].failure.error
    assert "line 1" in result.tiers[0].failure.error


def test_a_wrong_example_names_its_case(max_subarray, folders):
    result = check(max_subarray, SAMPLES / "wrong_answer" / "zero_floor.py", folders, quick=True)
    tier = result.tiers[0]
    assert tier.verdict is Verdict.WA and tier.summary == f"{tier.passed}/{tier.total} examples"
    assert tier.failure.message == "Wrong answer. (case: a single negative element)"
    assert (tier.failure.input, tier.failure.expected, tier.failure.got) == ("[-7]", "-7", "0")
    assert tier.fraction == 0.0  # correctness is all or nothing
