"""The tests mirror the code: every module `judge/<package>/<name>.py` has a test module
`tests/<package>/test_<name>.py` (a big one may add `test_<name>_<aspect>.py` beside it),
and every challenge's `harness.py` has `tests/challenges/test_<folder>_harness.py`. A new
module without tests fails here, and so does a test module in a mirrored folder whose module
is gone, or a stale exception. Tests of the command line as a whole (`test_cli*.py`), of
the README, the packaging, the golden contract and hostile submissions live in tests/."""

from __future__ import annotations

from pathlib import Path

from .conftest import CHALLENGES, ROOT

TESTS = ROOT / "tests"
# Modules tested through others, each with the reason. Keep this list short and true.
EXCEPTIONS = {
    # Two lines that call cli.main: `python -m judge` is what tests/test_hostile.py and
    # tests/practice/test_watch.py run.
    "judge/__main__.py": "tests/test_hostile.py",
    # The child script a submission runs in: it is only meaningful across the pipe, so it is
    # driven through the sandbox's tests and the hostile submissions.
    "judge/engine/worker.py": "tests/engine/test_sandbox.py",
    # The cohort's outputs, state and run are tested together, as a run writes them: the
    # gradebook and Gradescope files by what a run leaves, the state and the run by runs that
    # are interrupted, resumed, and whose workers are killed.
    "judge/cohort/gradebook.py": "tests/cohort/test_outputs.py",
    "judge/cohort/gradescope.py": "tests/cohort/test_outputs.py",
    "judge/cohort/state.py": "tests/cohort/test_faults.py",
    "judge/cohort/run.py": "tests/cohort/test_faults.py",
    "judge/render/cohort_report.py": "tests/cohort/test_report.py",
}
MIRRORED = ("engine", "challenge", "grading", "practice", "render", "challenges")


def mirror(module: Path) -> Path:
    relative = module.relative_to(ROOT / "judge")
    return TESTS / relative.parent / f"test_{relative.stem}.py"


def modules() -> list[Path]:
    return sorted(p for p in (ROOT / "judge").rglob("*.py") if p.name != "__init__.py")


def harnesses() -> dict[Path, Path]:
    return {
        harness: TESTS / "challenges" / f"test_{harness.parent.name}_harness.py"
        for harness in sorted(CHALLENGES.glob("*/harness.py"))
    }


def has_tests(module: Path) -> bool:
    """test_<name>.py, or test_<name>_<aspect>.py, beside where the mirror puts it."""
    test = mirror(module)
    return test.is_file() or any(test.parent.glob(f"{test.stem}_*.py"))


def test_every_module_has_a_test_module_of_the_mirrored_name():
    missing = [
        f"{module.relative_to(ROOT)} -> {mirror(module).relative_to(ROOT)}"
        for module in modules()
        if not has_tests(module) and str(module.relative_to(ROOT)) not in EXCEPTIONS
    ]
    missing += [
        f"{harness.relative_to(ROOT)} -> {test.relative_to(ROOT)}"
        for harness, test in harnesses().items()
        if not test.is_file()
    ]
    assert not missing, "modules without a test module:\n" + "\n".join(missing)


def test_the_exceptions_are_still_needed_and_still_covered():
    for module, covered_by in EXCEPTIONS.items():
        assert (ROOT / module).is_file(), f"{module} is gone: drop its exception"
        assert not has_tests(ROOT / module), f"{module} has its own tests now"
        assert (ROOT / covered_by).is_file(), f"{module}: {covered_by} does not exist"


def test_no_test_module_outlives_its_module():
    expected = {mirror(module) for module in modules()} | set(harnesses().values())

    def belongs(test: Path) -> bool:
        return test in expected or any(
            test.parent == known.parent and test.stem.startswith(known.stem + "_")
            for known in expected
        )

    orphans = [
        str(test.relative_to(ROOT))
        for folder in MIRRORED
        for test in sorted((TESTS / folder).glob("test_*.py"))
        if not belongs(test)
    ]
    assert not orphans, "test modules whose module is gone (rename or move them):\n" + "\n".join(
        orphans
    )


def test_each_mirrored_folder_is_a_package():
    """Without __init__.py, tests/practice/test_scorecard.py and tests/render/test_scorecard.py
    would collide as one module name."""
    for folder in MIRRORED:
        assert (TESTS / folder / "__init__.py").is_file(), folder
