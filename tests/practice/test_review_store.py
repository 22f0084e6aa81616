"""What the review schedule reads from the store: every showing of a hint, with its time."""

from __future__ import annotations

from judge.challenge.catalog import find_challenge
from judge.practice import learner, store, workspace


def test_a_hint_shown_again_is_counted_again_with_its_time(monkeypatch):
    challenge = find_challenge("max-subarray")
    with store.Store(workspace.state_dir()) as db:
        for index, when in enumerate((100.0, 200.0, 300.0)):
            monkeypatch.setenv("JUDGE_NOW", str(when))
            assert learner.next_hint(db, challenge).number == index + 1
        monkeypatch.setenv("JUDGE_NOW", "5000")
        assert learner.next_hint(db, challenge).repeated  # every hint seen: the last again
        assert db.hints_used("max-subarray") == 3  # still three hints seen
        assert db.hint_times("max-subarray") == [100.0, 200.0, 300.0, 5000.0]
        assert db.hint_times("zero-sum-pair") == []
        db.record_reveal("max-subarray")
        assert db.reveal_times("max-subarray") == [5000.0]
        assert db.help_counts() == {"max-subarray": (3, 1)}


def test_databases_without_hint_views_keep_their_first_showings(isolated_workspace):
    with store.Store(workspace.state_dir()) as db:
        db.record_hint("max-subarray", 0)
        db.db.execute("DROP TABLE hint_views")  # as a database written before this version
    with store.Store(workspace.state_dir()) as db:  # the table comes back, empty
        assert len(db.hint_times("max-subarray")) == 1


def _accepted(path):
    from judge.grading.results import CheckResult, TierKind, TierResult
    from judge.verdicts import Verdict

    tier = TierResult(TierKind.EXAMPLES, "Examples", True, Verdict.AC, fraction=1.0)
    return CheckResult("max-subarray", str(path), [tier])


def test_watch_and_check_use_the_review_file_while_the_review_is_due(monkeypatch):
    from judge.practice import review, watch

    challenge = find_challenge("max-subarray")
    workspace.start_solution(challenge)
    solution = workspace.solution_path(challenge)
    solution.write_text("# my accepted solution\n")
    t0 = 1_736_942_400.0
    with store.Store(workspace.state_dir()) as db:
        monkeypatch.setenv("JUDGE_NOW", str(t0))
        db.record_check(_accepted(solution), solution)
        assert watch.choose_challenge("max-subarray", db) == (challenge, solution)
        monkeypatch.setenv("JUDGE_NOW", str(t0 + 2 * review.DAY))
        started = review.start_review(db, challenge)
        assert started.created and started.path.parent == solution.parent / "review"
        assert watch.choose_challenge("max-subarray", db) == (challenge, started.path)
        assert review.review_in_progress(db, challenge) == started.path
        started.path.write_text("# solved again, differently\n")
        db.record_check(_accepted(started.path), started.path)  # the review is solved
        assert review.review_in_progress(db, challenge) is None
        assert watch.choose_challenge("max-subarray", db) == (challenge, solution)
