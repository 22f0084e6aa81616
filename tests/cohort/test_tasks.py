"""The task a Dask worker runs, called here directly: it grades exactly as `judge check`
does, and refuses (with a sentence) rather than grade with other packages or without the
jail."""

from __future__ import annotations

import hashlib
import itertools
import json
import shutil

import hypothesis
import pytest

from judge.challenge import catalog
from judge.cohort import run, tasks
from judge.engine import sandbox
from judge.grading.check import check
from judge.grading.results import to_json
from judge.practice import workspace
from judge.render.doctor import doctor_text

from ..conftest import CHALLENGES

MS = CHALLENGES / "max_subarray"
WRONG = MS / "samples" / "wrong_answer" / "zero_floor.py"


def task_for(path, slug="max-subarray", **fields) -> tasks.GradeTask:
    source = path.read_bytes()
    stamp = tasks.package_stamp(catalog.find_challenge(slug))
    values = dict(
        person="alice",
        challenge=slug,
        file=f"alice/{path.name}",
        source=source,
        sha256=hashlib.sha256(source).hexdigest(),
        package=stamp,
    )
    values.update(fields)
    return tasks.GradeTask(**values)


def without_times(data: dict) -> dict:
    """A --json object without what a clock decides (seconds) or where the file lay."""
    data = json.loads(json.dumps(data))
    data.pop("seconds"), data.pop("file")
    for tier in data["tiers"]:
        tier.pop("seconds")
    return data


def test_the_task_grades_as_judge_check_does(tmp_path):
    answer = json.loads(tasks.grade(task_for(WRONG, quick=True)))
    assert answer["refused"] is None and answer["person"] == "alice"
    assert answer["file"] == "alice/zero_floor.py"
    assert answer["result"]["file"] == "alice/zero_floor.py"  # never the worker's temporary path
    challenge = catalog.find_challenge("max-subarray")
    direct = to_json(check(challenge, WRONG, workspace.grading_folders(), quick=True))
    assert answer["result"]["verdict"] == "WA"
    assert without_times(answer["result"]) == without_times(direct)
    # The failure names the file as judge check would: by its own name.
    failure = answer["result"]["tiers"][0]["failure"]
    assert "judge-grade-" not in json.dumps(answer)
    assert failure["message"] == direct["tiers"][0]["failure"]["message"]


def test_the_task_leaves_no_temporary_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    tasks.grade(task_for(WRONG, quick=True))
    assert not list(tmp_path.glob("judge-grade-*"))


def test_a_worker_with_another_package_refuses(tmp_path, monkeypatch):
    theirs = tmp_path / "catalogue"
    shutil.copytree(MS, theirs / "max_subarray")
    toml = theirs / "max_subarray" / "challenge.toml"
    toml.write_text(toml.read_text().replace("version = 1", "version = 2"))
    task = task_for(WRONG, quick=True)  # stamped with the repository's package
    monkeypatch.setenv("JUDGE_CHALLENGES_DIR", str(theirs))
    answer = json.loads(tasks.grade(task))
    assert answer["result"] is None
    ours = task.package
    mine = tasks.package_stamp(catalog.find_challenge("max-subarray"))
    assert mine.version == 2 and mine.sha256 != ours.sha256
    assert answer["refused"] == (
        f"{tasks.where_am_i()} has max-subarray {mine.describe()}, the client "
        f"{ours.describe()}: refused rather than graded with other tests; install the same "
        "challenge packages there."
    )
    # Same version, other test file: still refused (the content hash tells).
    toml.write_text(toml.read_text().replace("version = 2", "version = 1"))
    tests = theirs / "max_subarray" / "test_properties.py"
    tests.write_text(tests.read_text() + "\n# edited\n")
    assert "refused rather than graded" in json.loads(tasks.grade(task))["refused"]
    # A sample is not part of the stamp: known submissions do not change grading.
    shutil.rmtree(theirs / "max_subarray")
    shutil.copytree(MS, theirs / "max_subarray")
    (theirs / "max_subarray" / "samples" / "accepted" / "extra.py").write_text("x = 1\n")
    assert tasks.package_stamp(catalog.find_challenge("max-subarray")) == ours
    shutil.rmtree(theirs / "max_subarray")
    assert json.loads(tasks.grade(task))["refused"] == (
        f"{tasks.where_am_i()} has no challenge max-subarray; install the same challenge "
        "packages there."
    )


def test_without_the_jail_strangers_files_are_refused_unless_trusted(monkeypatch):
    report = json.loads(json.dumps(sandbox.protections()))
    report["active"]["seccomp"] = False
    report["missing"]["seccomp"] = "the kernel has no seccomp"
    monkeypatch.setattr(sandbox, "protections", lambda: report)
    refused = json.loads(tasks.grade(task_for(WRONG, quick=True)))
    assert refused["result"] is None
    assert refused["refused"] == (
        f"The sandbox on {tasks.where_am_i()} lacks part of its jail (seccomp; see 'judge "
        "doctor' there), so strangers' files are not graded there; pass --trust-files if you "
        "trust them."
    )
    trusted = json.loads(tasks.grade(task_for(WRONG, quick=True, trust_files=True)))
    assert trusted["refused"] is None and trusted["result"]["verdict"] == "WA"


def test_the_essential_protections_are_those_judge_doctor_requires():
    """`judge doctor` says "Safe to grade other people's files" exactly when no essential
    protection is missing, for every combination of them."""
    names = [*tasks.ESSENTIAL_PROTECTIONS, "drop_to_nobody", "signal_scope"]
    for values in itertools.product([True, False], repeat=len(names)):
        report = {"active": dict(zip(names, values, strict=True)), "missing": {}}
        safe = "Safe to grade other people's files here." in doctor_text(report)
        assert safe == (not tasks.missing_protections(report)), report


def test_a_task_whose_bytes_do_not_match_its_hash_is_our_bug():
    task = task_for(WRONG, sha256="0" * 64)
    with pytest.raises(ValueError, match="this is a bug of judge"):
        tasks.grade(task)


class FakeClient:
    """What `preflight` asks of a Dask client: `run` on every worker."""

    def __init__(self, facts: dict) -> None:
        self.facts = facts

    def run(self, function):
        assert function is tasks.worker_facts
        return self.facts


def test_preflight_names_the_first_unfit_worker():
    stamp = tasks.package_stamp(catalog.find_challenge("max-subarray"))
    good = {"missing": {}, "stamps": {"max-subarray": stamp.facts()}}
    assert run.preflight(FakeClient({"tcp://a:1": good}), {"max-subarray": stamp}, False) == 1
    jailless = {**good, "missing": {"filesystem": "no Landlock", "network": "no Landlock"}}
    other = {"missing": {}, "stamps": {"max-subarray": [3, "f" * 64, stamp.tools]}}
    client = FakeClient({"tcp://a:1": good, "tcp://b:2": jailless, "tcp://c:3": other})
    with pytest.raises(run.CohortError) as refused:
        run.preflight(client, {"max-subarray": stamp}, trust_files=False)
    assert str(refused.value) == (
        "The sandbox on worker tcp://b:2 lacks part of its jail (filesystem, network; see "
        "'judge doctor' there), so strangers' files are not graded there; pass --trust-files "
        "if you trust them. (1 more problem(s) like it.)"
    )
    with pytest.raises(run.CohortError) as refused:
        run.preflight(client, {"max-subarray": stamp}, trust_files=True)
    assert str(refused.value).startswith(
        f"worker tcp://c:3 has max-subarray version 3, files ffffffffffff, {stamp.tools}, the "
        f"client {stamp.describe()}: refused"
    )


def test_a_worker_with_another_hypothesis_is_refused():
    """Same package, another Hypothesis: it would draw other inputs, so other verdicts."""
    stamp = tasks.package_stamp(catalog.find_challenge("max-subarray"))
    assert stamp.tools.endswith(f"Hypothesis {hypothesis.__version__}")
    older = stamp.tools.replace(hypothesis.__version__, "6.100.0")
    facts = {"missing": {}, "stamps": {"max-subarray": [stamp.version, stamp.sha256, older]}}
    with pytest.raises(run.CohortError) as refused:
        run.preflight(FakeClient({"tcp://a:1": facts}), {"max-subarray": stamp}, False)
    assert "Hypothesis 6.100.0, the client version 1" in str(refused.value)


def test_worker_facts_report_the_jail_and_every_package():
    facts = tasks.worker_facts()
    assert facts["catalogue_error"] is None
    assert set(facts["stamps"]) == {c.slug for c in catalog.all_challenges()}
    stamp = tasks.package_stamp(catalog.find_challenge("max-subarray"))
    assert facts["stamps"]["max-subarray"] == stamp.facts()
    assert facts["missing"] == tasks.missing_protections(sandbox.protections())
