"""Timed rounds end to end (CLI) and their library rules: picking, routing checks, the clock,
late work, the final grading. (`judge history` is in test_history.py, the store's round
records in test_store.py, what counts in a round in test_scorecard.py.) Time is simulated by
editing the stored wall-clock times or passing `now`, never by sleeping; rounds grade with
--quick where the verdict does not depend on speed."""

from __future__ import annotations

import json
import re
import time

import pytest

from judge.challenge import catalog
from judge.practice import rounds
from judge.practice.store import Store

from ..roundkit import (
    MS_REFERENCE,
    MS_WRONG,
    ZSP_REFERENCE,
    ZSP_WRONG,
    database,
    move_clock,
    put,
    run,
    use_two_challenges,
)


@pytest.fixture(autouse=True)
def two_challenges(tmp_path, monkeypatch):
    return use_two_challenges(tmp_path, monkeypatch)


@pytest.fixture
def db(isolated_workspace):
    with Store(isolated_workspace / ".judge") as store:
        yield store


def started(*args):
    result = run("round", "start", *args)
    assert result.exit_code == 0, result.output
    return result


def row(output: str, slug: str) -> list[str]:
    """The words of the scorecard/status line of one challenge (the last one printed)."""
    lines = [line for line in output.splitlines() if line.startswith(f"  {slug} ")]
    return lines[-1].split()


def attempts_count(workspace) -> int:
    with database(workspace) as db:
        return db.execute("SELECT count(*) FROM attempts").fetchone()[0]


# Starting


def test_start_writes_fresh_stubs_in_a_round_folder(isolated_workspace):
    result = started("max-subarray", "zero-sum-pair", "--minutes", "30")
    assert result.output.startswith("Round 1 started: practice, 30 minutes, until ")
    folder = isolated_workspace / "rounds" / "1"
    for name, signature in (
        ("max_subarray.py", "def max_subarray_sum(nums: list[int]) -> int:"),
        ("zero_sum_pair.py", "def has_zero_sum_pair(nums: list[int]) -> bool:"),
    ):
        text = (folder / name).read_text()
        assert signature in text and "judge check" in text
    assert "rounds/1/max_subarray.py" in result.output
    assert "Maximum subarray sum" in result.output


def test_start_with_a_seed_is_reproducible(isolated_workspace):
    first = started("--seed", "11", "--count", "2", "--quick")
    assert "Seed 11 (--seed 11 picks the same again)" in first.output
    assert run("round", "abandon").exit_code == 0
    second = started("--seed", "11", "--count", "2", "--quick")
    with database(isolated_workspace) as db:
        picks = db.execute(
            "SELECT round_id, group_concat(challenge) FROM"
            " (SELECT * FROM round_problems ORDER BY round_id, position) GROUP BY round_id"
        ).fetchall()
    assert picks[0][1] == picks[1][1]  # the same challenges, in the same order
    assert "Round 2 started" in second.output
    assert (isolated_workspace / "rounds" / "2").is_dir()


def test_pick_depends_on_the_seed_only():
    candidates = catalog.all_challenges()
    picks = {s: [c.slug for c in rounds.pick_challenges(candidates, 1, s)] for s in range(30)}
    assert all(rounds.pick_challenges(candidates[::-1], 1, s)[0].slug == picks[s][0] for s in picks)
    assert {p[0] for p in picks.values()} == {"max-subarray", "zero-sum-pair"}  # seeds matter
    with pytest.raises(rounds.RoundError, match="Only 2 challenge"):
        rounds.pick_challenges(candidates, 3, 1)


def test_second_start_is_refused_and_touches_nothing(isolated_workspace):
    started("max-subarray")
    stub = isolated_workspace / "rounds" / "1" / "max_subarray.py"
    put(stub, MS_REFERENCE)
    second = run("round", "start", "zero-sum-pair")
    assert second.exit_code == 2
    assert re.match(
        r"Error: Round 1 is still running \(\d+ min left\)\. Finish it with 'judge round end' "
        r"or drop it with 'judge round abandon' first\.\n$",
        second.output,
    )
    assert stub.read_bytes() == MS_REFERENCE.read_bytes()
    assert not (isolated_workspace / "rounds" / "2").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["max-subarray", "--count", "1"], "Error: Name the challenges or pick them with"),
        (["max-subarray", "max_subarray"], "Error: max-subarray is named more than once."),
        (["--count", "3"], "Error: Only 2 challenge(s) match; ask for at most that many."),
        (["--difficulty", "hard"], "Error: No challenge has difficulty hard."),
        (["nope"], "Error: There is no challenge called 'nope'."),
        (["--mode", "exam"], "Invalid value for '--mode'"),
        (["--minutes", "0"], "Invalid value for '--minutes'"),
    ],
)
def test_bad_start_is_one_clear_sentence(args, message, isolated_workspace):
    result = run("round", "start", *args)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
    assert not (isolated_workspace / "rounds").exists()


def test_a_leftover_folder_from_an_older_database_is_never_written_into(isolated_workspace):
    leftover = isolated_workspace / "rounds" / "1" / "max_subarray.py"
    leftover.parent.mkdir(parents=True)
    leftover.write_text("older work\n")
    started("max-subarray")
    assert leftover.read_text() == "older work\n"
    assert (isolated_workspace / "rounds" / "1-2" / "max_subarray.py").is_file()


# Practice mode


def test_practice_checks_grade_the_round_file_and_count(isolated_workspace):
    started("max-subarray", "zero-sum-pair")
    round_file = isolated_workspace / "rounds" / "1" / "max_subarray.py"
    put(round_file, MS_WRONG)
    wrong = run("check", "max-subarray", "--quick")
    assert wrong.exit_code == 1 and "Verdict: WA" in wrong.output
    assert str(round_file) in wrong.output
    assert re.search(r"Round 1: attempt 1 on max-subarray, \d+:\d\d left\.", wrong.output)
    put(round_file, MS_REFERENCE)
    right = run("check", "max-subarray", "--quick")
    assert right.exit_code == 0 and "Round 1: attempt 2 on max-subarray" in right.output
    with database(isolated_workspace) as db:
        links = db.execute(
            "SELECT a.verdict, a.file, r.round_id, r.late, r.final FROM attempts AS a"
            " JOIN round_attempts AS r ON r.attempt_id = a.id ORDER BY a.id"
        ).fetchall()
    assert links == [("WA", str(round_file), 1, 0, 0), ("AC", str(round_file), 1, 0, 0)]


def test_status_shows_time_left_latest_verdict_and_attempts(isolated_workspace):
    assert run("round", "status").output == (
        "No round is running. Start one with 'judge round start'.\n"
    )
    before = time.time()
    started("max-subarray", "zero-sum-pair", "--minutes", "45")
    put(isolated_workspace / "rounds" / "1" / "zero_sum_pair.py", ZSP_WRONG)
    run("check", "zero-sum-pair", "--quick")
    run("check", "zero-sum-pair", "--quick")
    status = run("round", "status")
    elapsed = time.time() - before  # however slow the machine was meanwhile
    assert status.exit_code == 0
    clock = re.match(r"Round 1 \(practice, 45 min\): (\d+):(\d\d) left, until ", status.output)
    left = 60 * int(clock[1]) + int(clock[2])
    assert 45 * 60 - elapsed - 1 <= left <= 45 * 60
    assert row(status.output, "zero-sum-pair")[1:4] == ["WA", "0", "2"]
    assert row(status.output, "max-subarray")[1:4] == ["--", "0", "0"]


def test_check_of_another_file_in_practice_is_an_ordinary_check(isolated_workspace, tmp_path):
    started("max-subarray")
    mine = tmp_path / "mine.py"
    put(mine, MS_REFERENCE)
    result = run("check", "max-subarray", "--file", mine, "--quick")
    assert result.exit_code == 0 and "Round 1" not in result.output
    with database(isolated_workspace) as db:
        assert db.execute("SELECT count(*) FROM round_attempts").fetchone() == (0,)


def test_check_of_a_challenge_outside_the_round_is_ordinary(isolated_workspace, tmp_path):
    started("max-subarray", "--mode", "whiteboard")
    mine = tmp_path / "mine.py"
    put(mine, ZSP_REFERENCE)
    result = run("check", "zero-sum-pair", "--file", mine, "--quick")
    assert result.exit_code == 0 and "Verdict: AC" in result.output


def test_missing_round_file_is_a_clear_error(isolated_workspace):
    started("max-subarray")
    (isolated_workspace / "rounds" / "1" / "max_subarray.py").unlink()
    result = run("check", "max-subarray")
    assert result.exit_code == 2
    assert result.output == (
        "Error: The round's file rounds/1/max_subarray.py is missing; "
        "round 1 grades that file for max-subarray.\n"
    )


# Whiteboard mode


def test_whiteboard_check_only_says_whether_it_loads_and_records_nothing(
    isolated_workspace, tmp_path
):
    started("max-subarray", "--mode", "whiteboard")
    assert "Whiteboard: verdicts come when the round ends." in run("round", "status").output
    round_file = isolated_workspace / "rounds" / "1" / "max_subarray.py"
    put(round_file, MS_WRONG)  # loads fine, answers wrongly: the check must not tell
    loads = run("check", "max-subarray")
    assert loads.exit_code == 0
    assert loads.output.startswith("rounds/1/max_subarray.py loads and defines max_subarray_sum.\n")
    assert (
        "no grading until the round ends" in loads.output
        and "this check was not recorded" in loads.output
    )
    assert "WA" not in loads.output and "Verdict" not in loads.output
    round_file.write_text("def max_subarray_sum(nums):\n    return sum(nums\n")
    broken = run("check", "max-subarray")
    assert broken.exit_code == 1
    assert "rounds/1/max_subarray.py does not load (CE)." in broken.output
    assert "SyntaxError" in broken.output
    as_json = json.loads(run("check", "max-subarray", "--json").stdout)
    # The same object shape as every check: never accepted, one "load" tier, and its round.
    assert as_json["graded"] is False and as_json["accepted"] is False
    assert as_json["verdict"] == "CE" and [t["name"] for t in as_json["tiers"]] == ["load"]
    assert as_json["round"]["id"] == 1 and as_json["round"]["mode"] == "whiteboard"
    # --file is no way around it: any file of a round problem gets only the load check.
    elsewhere = tmp_path / "copy.py"
    put(elsewhere, MS_WRONG)
    sideways = run("check", "max-subarray", "--file", elsewhere)
    assert "loads and defines" in sideways.output and "WA" not in sideways.output
    assert attempts_count(isolated_workspace) == 0
    status = run("round", "status").output
    assert row(status, "max-subarray")[1:4] == ["--", "0", "0"]


def test_whiteboard_end_grades_everything_at_once(isolated_workspace):
    started("max-subarray", "zero-sum-pair", "--mode", "whiteboard", "--quick")
    folder = isolated_workspace / "rounds" / "1"
    put(folder / "max_subarray.py", MS_REFERENCE)
    put(folder / "zero_sum_pair.py", ZSP_WRONG)
    ended = run("round", "end")
    assert ended.exit_code == 0, ended.output
    assert row(ended.output, "max-subarray")[1:4] == ["AC", "60", "0"]
    assert row(ended.output, "zero-sum-pair")[1] == "WA"
    assert attempts_count(isolated_workspace) == 2


# Ending


def test_end_grades_every_file_and_shows_the_scorecard(isolated_workspace):
    started("max-subarray", "zero-sum-pair", "--quick")
    folder = isolated_workspace / "rounds" / "1"
    put(folder / "max_subarray.py", MS_WRONG)
    run("check", "max-subarray", "--quick")
    put(folder / "max_subarray.py", MS_REFERENCE)
    run("check", "max-subarray", "--quick")
    put(folder / "zero_sum_pair.py", ZSP_WRONG)  # never checked: graded at the end
    ended = run("round", "end")
    assert ended.exit_code == 0, ended.output
    lines = ended.output.splitlines()
    assert re.match(
        r"Round 1: practice, 45 min, started \d{4}-\d\d-\d\d \d\d:\d\d, "
        r"ended with 'judge round end', graded --quick$",
        lines[0],
    )
    assert lines[2].split() == ["challenge", "verdict", "score", "attempts", "first", "AC"]
    ms, zsp = row(ended.output, "max-subarray"), row(ended.output, "zero-sum-pair")
    assert ms[1:4] == ["AC", "60", "2"] and re.fullmatch(r"\d+:\d\d", ms[4])
    assert zsp[1] == "WA" and zsp[3:5] == ["0", "-"]
    assert lines[-1] == f"Total: {60 + int(zsp[2])}/200"
    assert run("round", "status").output.startswith("No round is running.")
    assert run("round", "end").output == (
        "Error: No round is running. Start one with 'judge round start'.\n"
    )


def test_the_clock_running_out_is_noticed_by_the_next_command(isolated_workspace):
    started("max-subarray", "zero-sum-pair", "--quick")
    folder = isolated_workspace / "rounds" / "1"
    deadline = move_clock(isolated_workspace, 1, started_ago=3000, deadline_ago=300)
    put(folder / "max_subarray.py", MS_REFERENCE, mtime=deadline - 600)  # saved in time
    put(folder / "zero_sum_pair.py", ZSP_WRONG, mtime=deadline - 60)
    status = run("round", "status")
    assert status.output.startswith("Time is up.\nRound 1: practice, 45 min, ")
    assert "late" not in status.output
    assert "time ran out" in status.output
    assert row(status.output, "max-subarray")[1:3] == ["AC", "60"]
    assert row(status.output, "zero-sum-pair")[1] == "WA"
    assert status.output.endswith("No round is running. Start one with 'judge round start'.\n")
    with database(isolated_workspace) as db:
        assert db.execute("SELECT outcome FROM rounds").fetchone() == ("expired",)


def test_late_work_is_graded_marked_late_and_not_counted(isolated_workspace):
    started("max-subarray", "zero-sum-pair", "--quick")
    folder = isolated_workspace / "rounds" / "1"
    put(folder / "max_subarray.py", MS_REFERENCE)
    assert run("check", "max-subarray", "--quick").exit_code == 0  # in time: counts
    deadline = move_clock(isolated_workspace, 1, started_ago=2700, deadline_ago=60)
    put(folder / "max_subarray.py", MS_REFERENCE, mtime=deadline - 60)
    put(folder / "zero_sum_pair.py", ZSP_REFERENCE)  # saved now: after the time was up
    late = run("check", "zero-sum-pair", "--quick")
    assert late.exit_code == 0 and "Verdict: AC" in late.output  # graded all the same
    assert "this check is recorded as late and does not count." in late.output
    assert "Time is up.\nRound 1:" in late.output
    zsp = row(late.output, "zero-sum-pair")
    assert zsp[1:4] == ["--", "0", "0"] and "(late: AC, not counted)" in " ".join(zsp)
    assert row(late.output, "max-subarray")[1:4] == ["AC", "60", "1"]
    assert "Late work (handed in after the time was up) is shown but not counted." in late.output
    assert late.output.rstrip().endswith("Total: 60/200")
    with database(isolated_workspace) as db:
        flags = db.execute(
            "SELECT a.challenge, r.late, r.final FROM attempts AS a"
            " JOIN round_attempts AS r ON r.attempt_id = a.id ORDER BY a.id"
        ).fetchall()
    assert flags == [
        ("max-subarray", 0, 0),
        ("zero-sum-pair", 1, 0),  # the late check
        ("max-subarray", 0, 1),  # final gradings: saved in time, and saved late
        ("zero-sum-pair", 1, 1),
    ]


def test_abandon_ends_the_round_without_a_score(isolated_workspace):
    assert run("round", "abandon").exit_code == 2
    started("max-subarray")
    put(isolated_workspace / "rounds" / "1" / "max_subarray.py", MS_REFERENCE)
    result = run("round", "abandon")
    assert result.exit_code == 0
    assert result.output == "Round 1 abandoned, without a score. Its files stay in rounds/1/.\n"
    assert (isolated_workspace / "rounds" / "1" / "max_subarray.py").is_file()
    assert attempts_count(isolated_workspace) == 0
    assert run("round", "status").output.startswith("No round is running.")
    started("zero-sum-pair")  # a new one may start


def test_files_outside_the_round_are_never_touched(isolated_workspace):
    mine = isolated_workspace / "solutions" / "max_subarray.py"
    mine.parent.mkdir()
    put(mine, MS_WRONG, mtime=time.time() - 86_400)
    before = mine.stat()
    started("max-subarray", "zero-sum-pair", "--quick")
    put(isolated_workspace / "rounds" / "1" / "max_subarray.py", MS_REFERENCE)
    assert run("check", "max-subarray", "--quick").exit_code == 0  # the round's file, not mine
    assert run("round", "end").exit_code == 0
    after = mine.stat()
    assert mine.read_bytes() == MS_WRONG.read_bytes()
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)
    assert sorted(p.name for p in mine.parent.iterdir()) == ["max_subarray.py"]
    after_round = run("check", "max-subarray", "--quick")  # the round is over: yours again
    assert after_round.exit_code == 1 and str(mine) in after_round.output


def test_an_interrupted_final_grading_records_nothing_and_keeps_the_round(db, monkeypatch):
    rounds.start_round(db, ["max-subarray", "zero-sum-pair"], quick=True)
    graded = []
    real_check = rounds.check

    def interrupted_on_the_second(challenge, path, folders, **options):
        if graded:
            raise KeyboardInterrupt
        graded.append(challenge.slug)
        return real_check(challenge, path, folders, **options)

    monkeypatch.setattr(rounds, "check", interrupted_on_the_second)
    with pytest.raises(KeyboardInterrupt):
        rounds.end_round(db)
    assert graded == ["max-subarray"]
    assert db.attempts() == [] and db.round_links() == {}
    assert rounds.active_round(db) is not None


# The library's clock and lock


def test_active_round_is_what_locks_hints_and_the_reference(db):
    t0 = 1_800_000_000.0
    assert rounds.active_round(db, now=t0) is None
    current = rounds.start_round(db, ["max-subarray"], minutes=30, mode="whiteboard", now=t0)
    assert rounds.active_round(db, now=t0 + 60) == current
    assert current.challenges == ("max-subarray",) and current.mode == "whiteboard"
    assert rounds.active_round(db, now=t0 + 30 * 60) is None  # time is up: nothing to lock
    rounds.abandon_round(db, now=t0 + 120)
    assert rounds.active_round(db, now=t0 + 121) is None


def test_a_check_after_the_deadline_is_late_and_graded_even_in_whiteboard(db):
    t0 = time.time() - 3600
    rounds.start_round(db, ["max-subarray"], minutes=30, mode="whiteboard", now=t0)
    challenge = catalog.find_challenge("max-subarray")
    during = rounds.route_check(db, challenge, None, now=t0 + 29 * 60)
    assert during.load_only and not during.late
    after = rounds.route_check(db, challenge, None, now=t0 + 31 * 60)
    assert after.late and not after.load_only
    assert after.link().late and not after.link().final


def test_the_clock_is_stored_as_wall_clock_times(isolated_workspace):
    before = time.time()
    started("max-subarray", "--minutes", "20")
    with database(isolated_workspace) as db:
        start, deadline = db.execute("SELECT started, deadline FROM rounds").fetchone()
    assert before <= start <= time.time() and deadline == pytest.approx(start + 1200)


def test_hints_and_the_reference_are_locked_during_a_round_only():
    started("max-subarray")
    for args in (["hint", "max-subarray"], ["solution", "max-subarray", "--force"]):
        locked = run(*args)
        assert locked.exit_code == 2 and "locked" in locked.output, locked.output
        assert "def max_subarray_sum" not in locked.output
    run("round", "abandon")
    assert run("hint", "max-subarray").exit_code == 0


# State: round commands and broken databases


def test_round_commands_refuse_a_corrupt_database_and_keep_it(isolated_workspace):
    state = isolated_workspace / ".judge"
    state.mkdir()
    (state / "judge.db").write_bytes(b"garbage" * 1000)
    for args in (["round", "start", "max-subarray"], ["round", "status"], ["history"], ["report"]):
        result = run(*args)
        assert result.exit_code == 2 and "is not usable" in result.output, args
    assert (state / "judge.db").read_bytes() == b"garbage" * 1000
    assert not (isolated_workspace / "rounds").exists()


def test_starting_after_the_time_ran_out_grades_the_old_round_first(isolated_workspace):
    started("max-subarray", "--quick")
    deadline = move_clock(isolated_workspace, 1, started_ago=2000, deadline_ago=10)
    put(isolated_workspace / "rounds" / "1" / "max_subarray.py", MS_REFERENCE, mtime=deadline - 5)
    result = started("zero-sum-pair")
    assert result.output.startswith("Time is up.\nRound 1: ")
    assert row(result.output, "max-subarray")[1:3] == ["AC", "60"]
    assert "Round 2 started: practice" in result.output


def test_json_check_in_a_round_keeps_stdout_to_one_object(isolated_workspace):
    started("max-subarray")
    put(isolated_workspace / "rounds" / "1" / "max_subarray.py", MS_WRONG)
    result = run("check", "max-subarray", "--quick", "--json")
    assert json.loads(result.stdout)["verdict"] == "WA"
    assert "Round 1: attempt 1 on max-subarray" in result.stderr
