"""Where things live: the workspace and its state folder (and the environment variables
that move them), the file a check grades (a usage error when it cannot be), and the stub
`judge start` writes without ever replacing a file."""

import os

import pytest

from judge.errors import JudgeError, SubmissionFileError
from judge.grading.context import Folders
from judge.practice import workspace


def test_the_workspace_and_its_folders_follow_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("JUDGE_WORKSPACE", str(tmp_path / "ws"))
    monkeypatch.delenv("JUDGE_STATE_DIR")
    monkeypatch.delenv("JUDGE_CACHE_DIR")
    assert workspace.workspace() == tmp_path / "ws"
    assert workspace.state_dir() == tmp_path / "ws" / ".judge"
    assert workspace.cache_dir() == tmp_path / "ws" / ".judge" / "cache"
    state = tmp_path / "ws" / ".judge"
    assert workspace.grading_folders(salted=False) == Folders(state / "cache", state / "hypothesis")
    monkeypatch.setenv("JUDGE_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path / "cache"))
    folders = workspace.grading_folders()
    assert (folders.cache, folders.hypothesis) == (
        tmp_path / "cache",
        tmp_path / "state" / "hypothesis",
    )
    assert folders.input_salt == workspace.input_salt()  # this state folder's own secret
    monkeypatch.delenv("JUDGE_WORKSPACE")
    assert workspace.workspace() == tmp_path / "workspace"  # the current folder


def test_the_solution_lives_under_solutions_with_the_folder_name(max_subarray, isolated_workspace):
    assert workspace.solution_path(max_subarray) == (
        isolated_workspace / "solutions" / "max_subarray.py"
    )


def test_a_missing_solution_says_how_to_create_it(max_subarray, isolated_workspace):
    path = isolated_workspace / "solutions" / "max_subarray.py"
    with pytest.raises(SubmissionFileError) as caught:
        workspace.submission_file(max_subarray, None)
    assert str(caught.value) == (
        f"There is no solution at {path}. Run 'judge start max-subarray' to create it."
    )


def test_a_missing_given_file_is_named_as_given(max_subarray):
    with pytest.raises(SubmissionFileError, match=r"^The file other/nope\.py does not exist\.$"):
        workspace.submission_file(max_subarray, "other/nope.py")


def test_a_folder_is_not_a_submission(max_subarray, tmp_path):
    with pytest.raises(SubmissionFileError, match="is a directory, not a Python file"):
        workspace.submission_file(max_subarray, str(tmp_path))


def test_an_unreadable_file_is_a_usage_error(max_subarray, write_solution, monkeypatch):
    path = write_solution("x = 1\n")
    # As root every file is readable, so the refusal is simulated where the check asks.
    monkeypatch.setattr(workspace.os, "access", lambda p, mode: mode != os.R_OK)
    with pytest.raises(SubmissionFileError) as caught:
        workspace.submission_file(max_subarray, str(path))
    assert str(caught.value) == f"The file {path} cannot be read (permission denied)."


def test_a_readable_file_is_graded_as_given(max_subarray, write_solution, isolated_workspace):
    path = write_solution("x = 1\n")
    assert workspace.submission_file(max_subarray, str(path)) == path
    workspace.start_solution(max_subarray)
    assert workspace.submission_file(max_subarray, None) == workspace.solution_path(max_subarray)


def test_start_writes_the_rendered_stub(max_subarray, isolated_workspace):
    path = workspace.start_solution(max_subarray)
    text = path.read_text(encoding="utf-8")
    assert text == workspace.render_stub(max_subarray)
    assert text.startswith('"""Maximum subarray sum (easy)\n')
    assert "Grade this file:     judge check max-subarray" in text
    assert max_subarray.path("stub.py").read_text().rstrip() in text


def test_start_never_overwrites_anything(max_subarray, isolated_workspace):
    path = workspace.solution_path(max_subarray)
    path.parent.mkdir()
    path.write_bytes(b"my work \xff\n")
    before = path.stat()
    with pytest.raises(JudgeError) as caught:
        workspace.start_solution(max_subarray)
    assert str(caught.value) == (
        f"{path} already exists; your work was left untouched. "
        "Edit it and run 'judge check max-subarray'."
    )
    assert path.read_bytes() == b"my work \xff\n"
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    assert sorted(p.name for p in path.parent.iterdir()) == ["max_subarray.py"]


def test_paths_are_shown_relative_to_the_workspace_when_inside(isolated_workspace, tmp_path):
    inside = isolated_workspace / "rounds" / "1" / "max_subarray.py"
    assert workspace.display_path(inside) == "rounds/1/max_subarray.py"
    assert workspace.display_path(str(inside)) == "rounds/1/max_subarray.py"
    assert workspace.display_path("solutions/x.py") == "solutions/x.py"  # relative to the cwd
    outside = tmp_path / "elsewhere" / "mine.py"
    assert workspace.display_path(outside) == str(outside)


def test_the_input_salt_is_made_once_and_kept_private(isolated_workspace):
    salt = workspace.input_salt()
    path = isolated_workspace / ".judge" / "input-salt"
    assert len(salt) == 32 and path.read_text() == salt + "\n"
    assert path.stat().st_mode & 0o777 == 0o600  # workers cannot read the state folder
    assert workspace.input_salt() == salt  # the same inputs for every later check
