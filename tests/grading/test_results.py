from judge.grading.results import CheckResult, TierResult, compute_score, to_json
from judge.verdicts import Verdict


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
