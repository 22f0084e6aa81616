"""One graded attempt, as `judge check` and `judge watch` both make it: route, grade, record.

`check_and_record` is the only place that applies the round rules to a check: a round
problem's file is the round's own; in a whiteboard round (until time is up) a check only
loads the file and records nothing; a graded check of a round problem is linked to the round
(late or counted); and when the round's time has run out, the round is settled (every file
graded once more and the round closed) right after. `show` is called with the result before
anything is written, so a failed write (a full disk) never hides the verdict. A file that
is still the untouched stub is not graded at all (`NotStarted`): grading it would only record
an empty attempt (and unlock the reference). While a review is due and started
(`practice.review`), a check without --file grades the review's file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from judge.challenge.catalog import Challenge
from judge.errors import JudgeError
from judge.grading.check import check
from judge.grading.context import Progress
from judge.grading.results import CheckResult, TierResult
from judge.practice import review, rounds, workspace
from judge.practice.rounds import RoundNote
from judge.practice.scorecard import Scorecard
from judge.practice.store import Store


class NotStarted(JudgeError):
    """The file to grade is still the stub: nothing was graded or recorded."""

    def __init__(self, challenge: Challenge, path: Path) -> None:
        super().__init__(
            f"{challenge.slug} is not started yet: write your solution in "
            f"{workspace.display_path(path)}."
        )
        self.path = path


def refuse_untouched(challenge: Challenge, path: Path) -> None:
    try:
        content = path.read_bytes()
    except OSError:  # unreadable: the grading reports it as it does for any file
        return
    if workspace.is_untouched_stub(challenge, content):
        raise NotStarted(challenge, path)


@dataclass(frozen=True)
class CheckOutcome:
    result: CheckResult  # graded, or a whiteboard round's load check (`graded` False)
    note: RoundNote | None = None  # how a graded check of a round problem counted
    settled: Scorecard | None = None  # the round's time ran out: graded and closed just now


def check_and_record(
    db: Store,
    challenge: Challenge,
    file: str | None,
    quick: bool = False,
    progress: Progress = lambda _: None,
    show: Callable[[CheckResult], None] = lambda _: None,
    now: float | None = None,
    claim: str | None = None,
    on_tier: Callable[[TierResult], None] = lambda _: None,
) -> CheckOutcome:
    route = rounds.route_check(db, challenge, file, now)  # None unless in the running round
    if route and route.load_only:
        result = rounds.load_check(route)
        show(result)
        return CheckOutcome(result)
    if route:
        path = route.path
    elif file is None and (started := review.review_in_progress(db, challenge, now)):
        path = started
    else:
        path = workspace.submission_file(challenge, file)
    refuse_untouched(challenge, path)
    folders = workspace.grading_folders()
    result = check(
        challenge, path, folders, quick=quick, progress=progress, claim=claim, on_tier=on_tier
    )
    show(result)
    db.record_check(result, path, route.link() if route else None)
    if route is None:
        return CheckOutcome(result)
    note = rounds.round_note(route, db)
    return CheckOutcome(result, note, rounds.settle(db, now, progress=progress))
