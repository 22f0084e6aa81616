"""Timed rounds: a few challenges, fresh files of their own, a clock that survives a reboot.

A round picks challenges (reproducibly from a seed), writes their stubs into `rounds/<id>/`
in the workspace (never touching `solutions/`), and keeps its start and deadline in the store
as wall-clock times. In `practice` mode a check of a round problem grades the round's file and
counts as an attempt; in `whiteboard` mode it only says whether the file loads, records
nothing, and everything is graded when the round ends. A round ends with `end_round`, or when
its time is up and the next command that looks at it calls `settle`: every file is graded once
more (the final grading) and a scorecard is built. Work handed in after the deadline (a check
started late, a file saved late) is graded and kept, marked late, and never counted. Hints and
the reference ask `active_round` to stay locked. This module decides; the store keeps, the
scorecard counts, `judge.render.rounds` words it, the CLI prints.
"""

from __future__ import annotations

import itertools
import math
import random
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from judge.challenge import catalog
from judge.challenge.catalog import Challenge
from judge.errors import JudgeError, SubmissionFileError, UnknownChallenge
from judge.grading.check import check
from judge.grading.results import CheckResult, RoundInfo, TierKind, TierResult
from judge.grading.submission import LoadedSubmission
from judge.practice import clock, scorecard, workspace
from judge.practice.store import RoundLink, RoundRecord, Store
from judge.verdicts import Verdict

MODES = ("practice", "whiteboard")
DEFAULT_MINUTES = 45
DEFAULT_COUNT = 2
ROUNDS_FOLDER = "rounds"

Progress = Callable[[str], None]


class RoundError(JudgeError):
    """A round command that cannot be done now: none running, one already running..."""


@dataclass(frozen=True)
class Round(RoundRecord):
    """A round as commands see it: its record, and the questions asked of its clock."""

    @classmethod
    def of(cls, record: RoundRecord | None) -> Round | None:
        return None if record is None else cls(**vars(record))

    @property
    def minutes(self) -> int:
        return round((self.deadline - self.started) / 60)

    def time_is_up(self, now: float) -> bool:
        return now >= self.deadline

    def seconds_left(self, now: float) -> float:
        return max(0.0, self.deadline - now)

    def file_for(self, slug: str) -> Path:
        return workspace.workspace() / self.folder / f"{catalog.folder_name(slug)}.py"


def minutes_left(seconds: float) -> str:
    """ "12 min", rounded up: what an error sentence says of a clock (render formats clocks)."""
    return f"{math.ceil(seconds / 60)} min"


def _now(now: float | None) -> float:
    return clock.now() if now is None else now


# The questions other commands ask.


def active_round(store: Store, now: float | None = None) -> Round | None:
    """The round in progress whose time is not up, or None. While this returns a round,
    hints and the reference solution stay locked."""
    current = Round.of(store.running_round())
    return current if current and not current.time_is_up(_now(now)) else None


# Starting a round.


def pick_challenges(candidates: Sequence[Challenge], count: int, seed: int) -> list[Challenge]:
    """`count` distinct challenges; the same seed and catalogue always give the same ones."""
    pool = sorted(candidates, key=lambda c: c.slug)  # the order they were found in must not matter
    if count > len(pool):
        raise RoundError(f"Only {len(pool)} challenge(s) match; ask for at most that many.")
    return random.Random(seed).sample(pool, count)


def choose_challenges(
    slugs: Sequence[str],
    count: int | None,
    difficulties: Sequence[str],
    seed: int | None,
) -> tuple[list[Challenge], int | None]:
    """The challenges named, or `count` picked at random (seeded) among the difficulties."""
    if slugs:
        if count is not None or difficulties or seed is not None:
            raise RoundError(
                "Name the challenges or pick them with --count/--difficulty/--seed, not both."
            )
        challenges = [catalog.find_challenge(slug) for slug in slugs]
        named = [c.slug for c in challenges]
        twice = sorted({slug for slug in named if named.count(slug) > 1})
        if twice:
            raise RoundError(f"{', '.join(twice)} is named more than once.")
        return challenges, None
    seed = secrets.randbelow(1_000_000) if seed is None else seed
    pool = [c for c in catalog.all_challenges() if not difficulties or c.difficulty in difficulties]
    if not pool:
        raise RoundError(f"No challenge has difficulty {' or '.join(difficulties)}.")
    return pick_challenges(pool, DEFAULT_COUNT if count is None else count, seed), seed


def _free_folder(root: Path, round_id: int) -> Path:
    """rounds/<id>, or rounds/<id>-2... when a folder of that name is left from an older
    database: a round never writes into a folder it did not create."""
    base = root / ROUNDS_FOLDER / str(round_id)
    suffixed = (base.with_name(f"{round_id}-{n}") for n in itertools.count(2))
    return next(path for path in itertools.chain([base], suffixed) if not path.exists())


def write_round_files(round_id: int, challenges: Sequence[Challenge]) -> str:
    """Fresh stubs in a new folder; returns the folder relative to the workspace."""
    root = workspace.workspace()
    folder = _free_folder(root, round_id)
    try:
        folder.mkdir(parents=True)
        for challenge in challenges:
            with open(folder / f"{challenge.module_name}.py", "x", encoding="utf-8") as handle:
                handle.write(workspace.render_stub(challenge))
    except OSError as exc:
        raise RoundError(f"The round's files could not be written in {folder}: {exc}.") from None
    return folder.relative_to(root).as_posix()


def start_round(
    store: Store,
    slugs: Sequence[str] = (),
    count: int | None = None,
    difficulties: Sequence[str] = (),
    seed: int | None = None,
    minutes: float = DEFAULT_MINUTES,
    mode: str = "practice",
    quick: bool = False,
    now: float | None = None,
) -> Round:
    if mode not in MODES:
        raise RoundError(f"There is no mode '{mode}'; use one of {', '.join(MODES)}.")
    if minutes <= 0:
        raise RoundError("A round needs a positive number of minutes.")
    running = Round.of(store.running_round())
    if running:
        raise RoundError(_already_running(running, _now(now)))
    challenges, seed = choose_challenges(slugs, count, difficulties, seed)
    started = _now(now)
    record = store.create_round(
        mode,
        seed,
        quick,
        started,
        started + minutes * 60,
        [c.slug for c in challenges],
        lambda round_id: write_round_files(round_id, challenges),
    )
    return Round.of(record)


def _already_running(running: Round, now: float) -> str:
    if running.time_is_up(now):  # only when a caller did not settle() first
        return f"Round {running.id}'s time is up but it was not graded yet: run 'judge round end'."
    return (
        f"Round {running.id} is still running ({minutes_left(running.seconds_left(now))} left). "
        "Finish it with 'judge round end' or drop it with 'judge round abandon' first."
    )


# `judge check SLUG` on a problem of the running round.


@dataclass(frozen=True)
class CheckRoute:
    """Where a check of a round problem goes and how it counts."""

    round: Round
    challenge: Challenge
    path: Path
    at: float  # when the check began: the moment the work counts as handed in

    @property
    def late(self) -> bool:
        return self.round.time_is_up(self.at)

    @property
    def load_only(self) -> bool:
        return self.round.mode == "whiteboard" and not self.late

    def link(self) -> RoundLink:
        return RoundLink(self.round.id, late=self.late, final=False, handed_in=self.at)


def route_check(
    store: Store, challenge: Challenge, file: str | None, now: float | None = None
) -> CheckRoute | None:
    """None when the check has nothing to do with the running round (a normal check).
    Otherwise the round's own file is graded (never solutions/). In a whiteboard round, until
    time is up, any file of a round problem gets only a load check, so that --file is no way
    around it; in practice mode --file with another file is an ordinary check."""
    current = Round.of(store.running_round())
    if current is None or challenge.slug not in current.challenges:
        return None
    at = _now(now)
    round_file = current.file_for(challenge.slug)
    if file is not None:
        path = workspace.submission_file(challenge, file)
        if path.resolve() != round_file.resolve():
            whiteboard = current.mode == "whiteboard" and not current.time_is_up(at)
            return CheckRoute(current, challenge, path, at) if whiteboard else None
    if not round_file.is_file():
        raise SubmissionFileError(
            f"The round's file {workspace.display_path(round_file)} is missing; "
            f"round {current.id} grades that file for {challenge.slug}."
        )
    return CheckRoute(current, challenge, workspace.submission_file(challenge, str(round_file)), at)


def load_check(route: CheckRoute) -> CheckResult:
    """Whether the file loads and defines the function: no tier runs, nothing is recorded.
    The result has one `load` tier and is never graded (so never accepted)."""
    started = time.monotonic()
    with LoadedSubmission(route.challenge, route.path) as submission:
        not_loaded = submission.load()
    tier = TierResult(TierKind.LOAD, "Loading your file", required=True, verdict=Verdict.AC)
    if not_loaded is None:
        tier.summary = f"loads and defines {route.challenge.function}"
    else:
        tier.verdict, tier.failure = not_loaded
        tier.summary = "your file could not be loaded"
    info = RoundInfo(route.round.id, route.round.mode, round(route.round.seconds_left(route.at)))
    return CheckResult(
        route.challenge.slug,
        str(route.path),
        [tier],
        seconds=time.monotonic() - started,
        graded=False,
        round=info,
    )


@dataclass(frozen=True)
class RoundNote:
    """How a graded check of a round problem counted: attempt k in time, or late."""

    round_id: int
    late: bool
    deadline: float
    challenge: str
    attempt: int  # the checks counted so far on this problem, this one included
    seconds_left: float


def round_note(route: CheckRoute, store: Store) -> RoundNote:
    links = store.round_links(route.round.id)
    counted = [
        a for a in store.attempts(route.challenge.slug) if a.id in links and not links[a.id].final
    ]
    return RoundNote(
        route.round.id,
        route.late,
        route.round.deadline,
        route.challenge.slug,
        len(counted),
        route.round.seconds_left(route.at),
    )


# Ending a round.


def _challenge_or_none(slug: str) -> Challenge | None:
    try:
        return catalog.find_challenge(slug)
    except UnknownChallenge:  # removed from the catalogue since: shown as not graded
        return None


def _finish(
    store: Store, current: Round, outcome: str, now: float, progress: Progress
) -> scorecard.Scorecard:
    """Grade every file as it is now (nothing is written until all are graded), then record
    the gradings and close the round in one transaction."""
    finals = []
    for slug in current.challenges:
        challenge, path = _challenge_or_none(slug), current.file_for(slug)
        if challenge is None or not path.is_file():
            continue  # the scorecard shows the problem as not graded
        # The work counts as handed in when the file was last saved (never before the start).
        handed_in = min(max(path.stat().st_mtime, current.started), now)
        result = check(
            challenge,
            path,
            workspace.grading_folders(),
            quick=current.quick,
            progress=lambda m, s=slug: progress(f"{s}: {m}"),
        )
        link = RoundLink(current.id, current.time_is_up(handed_in), True, handed_in)
        finals.append((result, path, link))
    store.close_round(current.id, outcome, now, finals)
    return scorecard.for_round(store, store.round(current.id))


def settle(
    store: Store, now: float | None = None, progress: Progress = lambda _: None
) -> scorecard.Scorecard | None:
    """If the running round's time is up, end it now (grading everything) and return its
    scorecard; None when there was nothing to settle. Commands that look at the round call
    this first, so the clock running out is noticed by the next one."""
    current = Round.of(store.running_round())
    if current is None or not current.time_is_up(_now(now)):
        return None
    return _finish(store, current, "expired", _now(now), progress)


def running_round(store: Store) -> Round | None:
    """The round not closed yet, whether or not its time is up."""
    return Round.of(store.running_round())


def running_or_error(store: Store) -> Round:
    current = Round.of(store.running_round())
    if current is None:
        raise RoundError("No round is running. Start one with 'judge round start'.")
    return current


def end_round(
    store: Store, now: float | None = None, progress: Progress = lambda _: None
) -> scorecard.Scorecard:
    current = running_or_error(store)
    outcome = "expired" if current.time_is_up(_now(now)) else "ended"
    return _finish(store, current, outcome, _now(now), progress)


def abandon_round(store: Store, now: float | None = None) -> Round:
    """Close the round without grading; its files stay where they are."""
    current = running_or_error(store)
    store.close_round(current.id, "abandoned", _now(now), [])
    return Round.of(store.round(current.id))
