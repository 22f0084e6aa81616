"""`judge doctor` and the `sandbox` field of `--json`: what a worker's jail holds here."""

import json

from click.testing import CliRunner

from judge.cli import main
from judge.render.doctor import doctor_text

from ..conftest import CHALLENGES


def test_doctor_lists_every_protection_with_yes_or_no():
    result = CliRunner().invoke(main, ["doctor"])
    assert result.exit_code == 0
    assert result.output.startswith("Protections of a worker on this machine:")
    assert "file-system jail" in result.output and "no network" in result.output


def test_doctor_json_is_the_check_s_sandbox_field():
    report = json.loads(CliRunner().invoke(main, ["doctor", "--json"]).output)
    assert set(report) >= {"active", "missing"}
    reference = CHALLENGES / "max_subarray" / "reference.py"
    check = CliRunner().invoke(
        main, ["check", "max-subarray", "--file", str(reference), "--json", "--quick"]
    )
    assert json.loads(check.output)["sandbox"]["active"] == report["active"]


def test_a_missing_protection_says_why_and_that_strangers_files_are_not_safe():
    report = {
        "active": {"filesystem": False, "network": True, "capabilities": True},
        "missing": {"filesystem": "Landlock is not available on this kernel"},
    }
    text = doctor_text(report)
    assert "no   file-system jail" in text and "Landlock is not available" in text
    assert "not for strangers' files" in text
