"""Tier and check results: the overall verdict, the score with partial credit, and the
`--json` contract, which reads back into the same result."""

import json

from judge.grading.results import (
    CheckResult,
    Growth,
    MemoryUse,
    RoundInfo,
    SizeTiming,
    TierKind,
    TierResult,
    compute_score,
    from_json,
    to_json,
)
from judge.verdicts import Failure, Verdict


def tier(name, verdict, fraction=None, required=True):
    done = fraction if fraction is not None else float(verdict is Verdict.AC)
    return TierResult(name, name.title(), required=required, verdict=verdict, fraction=done)


def test_overall_verdict_is_first_required_failure():
    result = CheckResult(
        "x",
        "f.py",
        [
            tier("examples", Verdict.AC),
            tier("properties", Verdict.AC),
            tier("performance", Verdict.TLE, 0.25),
            tier("memory", Verdict.MLE, required=False),
        ],
    )
    assert result.verdict is Verdict.TLE and not result.accepted


def test_stretch_tier_never_blocks_acceptance():
    tiers = [tier("examples", Verdict.AC), tier("properties", Verdict.AC)]
    tiers += [tier("performance", Verdict.AC), tier("memory", Verdict.MLE, required=False)]
    result = CheckResult("x", "f.py", tiers)
    assert result.accepted and result.score == 100


def test_correct_but_slow_gets_partial_credit():
    tiers = [tier("examples", Verdict.AC), tier("properties", Verdict.AC)]
    slow = compute_score([*tiers, tier("performance", Verdict.TLE, 2 / 9)])
    assert 60 < slow < 100
    assert compute_score([tier("examples", Verdict.WA), tier("properties", None)]) == 0


def test_json_contract_fields():
    result = CheckResult("x", "f.py", [tier("examples", Verdict.WA), tier("properties", None)])
    data = to_json(result)
    assert {"challenge", "verdict", "accepted", "score", "tiers", "schema"} <= data.keys()
    assert data["verdict"] == "WA" and data["accepted"] is False
    assert data["tiers"][0]["name"] == "examples" and data["tiers"][1]["skipped"] is True
    assert all("required" in t and "verdict" in t for t in data["tiers"])


def full_result():
    failure = Failure(
        "Your function raised an exception.",
        input="[1]",
        error="IndexError: x",
        traceback=['File "a.py", line 2, in f'],
        output="hi\n",
        output_truncated=True,
        test="the answer is an int",
    )
    perf = TierResult(
        TierKind.PERFORMANCE,
        "Performance",
        True,
        Verdict.TLE,
        summary="1/3 sizes",
        passed=1,
        total=3,
        fraction=1 / 3,
        sizes=[
            SizeTiming(500, 0.001, 0.03, 0.0001),
            SizeTiming(1000, None, 0.04, 0.0002, verdict=Verdict.TLE),
            SizeTiming(2000, None, 0.05, 0.0004, verdict=None),
            SizeTiming(350, 0.0005, 0.03, 0.00007, extra=True),
        ],
        growth=Growth(
            "~n^2",
            2.1,
            "~n or ~n log n",
            1.0,
            submission_classes=["n^2"],
            reference_classes=["n", "n log n"],
            points=4,
            stopped_at=1000,
            largest_n=500,
            times_reference=10.0,
            projected_n=2000,
            projected_seconds=0.016,
            projected_limit=0.05,
            claimed="n",
            claim_agrees=False,
        ),
        seconds=0.25,
    )
    memory = TierResult(
        TierKind.MEMORY,
        "Memory (stretch)",
        False,
        None,
        memory=MemoryUse(10, "rss", 1024, 2048, 512),
    )
    tiers = [
        TierResult(TierKind.EXAMPLES, "Examples", True, Verdict.AC, "9/9", 9, 9, 1.0),
        TierResult(TierKind.PROPERTIES, "Properties", True, Verdict.RE, failure=failure),
        perf,
        memory,
    ]
    return CheckResult("x", "f.py", tiers, seconds=1.5, round=RoundInfo(3, "practice", 120))


def test_json_reads_back_into_the_same_result():
    result = full_result()
    data = to_json(result)
    back = from_json(data)
    assert back == result  # every field, the failure, sizes, growth, memory and round
    assert to_json(back) == data
    assert back.tiers[2].sizes[1].verdict is Verdict.TLE and back.tiers[2].sizes[2].verdict is None
    assert back.verdict is Verdict.RE and back.score == result.score


def test_json_is_plain_data_with_the_contract_fields():
    data = to_json(full_result())
    assert json.loads(json.dumps(data)) == data  # nothing but JSON types
    assert data["schema"] == 1 and data["round"] == {
        "id": 3,
        "mode": "practice",
        "seconds_left": 120,
    }
    perf = data["tiers"][2]
    assert perf["sizes"][0] == {
        "n": 500,
        "seconds": 0.001,
        "limit": 0.03,
        "reference_seconds": 0.0001,
        "verdict": "AC",
        "extra": False,
        "calls": 1,
    }
    assert perf["growth"]["submission_exponent"] == 2.1
    assert perf["growth"]["reference_classes"] == ["n", "n log n"]
    assert perf["sizes"][3]["extra"] is True
    assert data["tiers"][3]["memory"]["method"] == "rss" and data["tiers"][3]["skipped"] is True
    assert set(data["tiers"][1]["failure"]) == {
        "message",
        "input",
        "expected",
        "got",
        "error",
        "traceback",
        "output",
        "output_truncated",
        "test",
    }


def test_a_load_check_is_never_accepted_and_scores_nothing():
    load = TierResult(TierKind.LOAD, "Loading your file", True, Verdict.AC, fraction=1.0)
    result = CheckResult("x", "f.py", [load], graded=False)
    assert result.verdict is Verdict.AC and not result.accepted and result.score == 0
    assert not CheckResult("x", "f.py", [tier("examples", None)]).accepted  # nothing ran


def test_a_required_memory_tier_shares_the_speed_points():
    tiers = [tier("examples", Verdict.AC), tier("properties", Verdict.AC)]
    tiers += [tier("performance", Verdict.AC), tier("memory", Verdict.MLE, 0.0)]
    assert compute_score(tiers) == 80  # 20 + 40 + 40/2
    stretch = [*tiers[:3], tier("memory", Verdict.MLE, 0.0, required=False)]
    assert compute_score(stretch) == 100
