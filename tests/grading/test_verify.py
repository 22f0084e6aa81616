"""`judge verify` must be able to fail: a sample in the wrong folder is reported, and named
again at the end so that a log cut to its tail still says which case it was."""

import shutil

from click.testing import CliRunner

from judge.cli import main
from judge.grading.verify import tier_pins

from ..conftest import CHALLENGES


def test_verify_reports_a_misfiled_sample(tmp_path, monkeypatch):
    root = tmp_path / "challenges"
    package = root / "zero_sum_pair"
    shutil.copytree(CHALLENGES / "zero_sum_pair", package)
    samples = package / "samples"
    # Keep the run short: only a handful of cases, one of them misfiled on purpose.
    for folder in ("accepted", "time_limit"):
        shutil.rmtree(samples / folder)
    (samples / "accepted").mkdir()
    shutil.copy(samples / "wrong_answer" / "single_zero.py", samples / "accepted" / "oops.py")
    monkeypatch.setenv("JUDGE_CHALLENGES_DIR", str(root))
    result = CliRunner().invoke(main, ["verify", "zero-sum-pair"])
    assert result.exit_code == 1
    assert "samples/accepted/oops.py" in result.output and "MISMATCH" in result.output
    summary = result.output.split("1 case(s) did not get their expected verdict:\n")[1]
    assert "samples/accepted/oops.py" in summary, "the tail names the mismatch again"


def test_verify_passes_on_a_correct_package():
    result = CliRunner().invoke(main, ["verify", "zero-sum-pair", "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert "All cases got their expected verdicts." in result.output


def test_a_sample_pins_tiers_with_expect_tier_lines(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "# expect-tier: Memory (stretch) = MLE\n"
        "#expect-tier:Performance=TLE  \n"
        "x = 1  # expect-tier: Not = AC (not at the start of a line)\n"
    )
    assert tier_pins(sample) == (("Memory (stretch)", "MLE"), ("Performance", "TLE"))
    assert tier_pins(tmp_path / "missing.py") == ()
