"""Scorecards: per challenge, the verdict that counts, its score, attempts and time to first AC.

For a round, what counts for a problem is its final grading (the file as it was at the end,
graded --quick if the round was), unless that work was handed in late; then the last check
made in time counts (practice mode), or nothing does. Late work is shown next to the row and
never counted; `attempts` are the checks the user ran in time (not the final grading); the
time to first AC is when the first accepted work was handed in. Without a round, the
scorecard covers the whole catalogue: latest verdict, best score, attempts, and the time from
the first attempt to the first AC. `judge.render.scorecard` turns a scorecard into text (the
HTML report renders the same rows). This module only reads the store and never builds text.
"""

from __future__ import annotations

from dataclasses import dataclass

from judge.challenge import catalog
from judge.errors import UnknownChallenge
from judge.practice import workspace
from judge.practice.store import Attempt, RoundLink, RoundRecord, Store
from judge.verdicts import Verdict


@dataclass(frozen=True)
class Row:
    challenge: str
    title: str
    verdict: Verdict | None  # None: nothing counts (not attempted, not graded, only late work)
    score: int
    attempts: int
    first_ac: float | None  # seconds from the round's start (or from the first attempt)
    late_verdict: Verdict | None = None  # the latest late work's verdict, shown, not counted
    file: str | None = None  # the round's file, relative to the workspace
    claimed: str | None = None  # the complexity the learner said ("n log n"), if they did
    measured: str | None = None  # what the performance tier measured ("~n^2")


@dataclass(frozen=True)
class Scorecard:
    """The rows of one round (`round` set) or of the whole catalogue (`round` None)."""

    rows: list[Row]
    round: RoundRecord | None = None

    @property
    def has_late_work(self) -> bool:
        return any(row.late_verdict for row in self.rows)

    @property
    def total(self) -> int:
        return sum(row.score for row in self.rows)

    @property
    def possible(self) -> int:
        return 100 * len(self.rows)


def title_of(slug: str) -> str:
    try:
        return catalog.find_challenge(slug).title
    except UnknownChallenge:  # removed from the catalogue since it was attempted
        return slug


def _round_row(record: RoundRecord, slug: str, linked: list[tuple[Attempt, RoundLink]]) -> Row:
    checks = [a for a, link in linked if not link.final and not link.late]
    finals = [(a, link) for a, link in linked if link.final]
    final, final_link = finals[-1] if finals else (None, None)
    counted = final if final and not final_link.late else (checks[-1] if checks else None)
    # A --quick AC says nothing of speed: it is an AC only in a round graded --quick.
    accepted_at = [
        link.handed_in
        for a, link in linked
        if not link.late and a.verdict is Verdict.AC and (record.quick or not a.quick)
    ]
    late = [a for a, link in linked if link.late]
    file = workspace.display_path(workspace.workspace() / record.folder) + "/"
    return Row(
        challenge=slug,
        title=title_of(slug),
        verdict=counted.verdict if counted else None,
        score=counted.score if counted else 0,
        attempts=len(checks),
        first_ac=min(accepted_at) - record.started if accepted_at else None,
        late_verdict=late[-1].verdict if late else None,
        file=file + f"{catalog.folder_name(slug)}.py",
        **claim_and_measure(counted),
    )


def claim_and_measure(attempt: Attempt | None) -> dict[str, str | None]:
    """What the learner said of their code's complexity, and what was measured."""
    for tier in attempt.tiers if attempt else []:
        growth = tier.get("growth") if tier.get("name") == "performance" else None
        if growth:
            return {"claimed": growth.get("claimed"), "measured": growth.get("submission")}
    return {"claimed": None, "measured": None}


def round_attempts(store: Store, round_id: int) -> list[tuple[Attempt, RoundLink]]:
    """The round's attempts (checks and final gradings), oldest first, with their links."""
    links = store.round_links(round_id)
    return [(a, links[a.id]) for a in store.attempts() if a.id in links]


def for_round(store: Store, record: RoundRecord) -> Scorecard:
    linked = round_attempts(store, record.id)
    rows = [
        _round_row(record, slug, [(a, link) for a, link in linked if a.challenge == slug])
        for slug in record.challenges
    ]
    return Scorecard(rows, round=record)


def for_catalogue(store: Store) -> Scorecard:
    history = store.attempts()
    rows = []
    for challenge in catalog.all_challenges():
        mine = [a for a in history if a.challenge == challenge.slug]
        accepted = [a.created for a in mine if a.verdict is Verdict.AC]
        rows.append(
            Row(
                challenge=challenge.slug,
                title=challenge.title,
                verdict=mine[-1].verdict if mine else None,
                score=max((a.score for a in mine), default=0),
                attempts=len(mine),
                first_ac=accepted[0] - mine[0].created if accepted else None,
            )
        )
    return Scorecard(rows)
