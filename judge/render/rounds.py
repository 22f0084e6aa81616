"""Rounds as text: a round started, its status, a check of a round problem, a load check in
a whiteboard round, an abandoned round."""

from __future__ import annotations

from judge.grading.results import CheckResult
from judge.practice import workspace
from judge.practice.rounds import Round, RoundNote
from judge.practice.scorecard import Scorecard, title_of
from judge.render.scorecard import render_rows
from judge.render.terminal import render_failure
from judge.render.timefmt import clock, local_time


def started_text(current: Round) -> str:
    lines = [
        f"Round {current.id} started: {current.mode}, {current.minutes} minutes, "
        f"until {local_time(current.deadline)}."
    ]
    if current.seed is not None:
        lines[0] += f" Seed {current.seed} (--seed {current.seed} picks the same again)."
    width = max(len(slug) for slug in current.challenges)
    files = [workspace.display_path(current.file_for(slug)) for slug in current.challenges]
    file_width = max(len(file) for file in files)
    for slug, file in zip(current.challenges, files, strict=True):
        lines.append(f"  {slug:<{width}}  {file:<{file_width}}  {title_of(slug)}")
    if current.mode == "whiteboard":
        lines.append(
            "Whiteboard: a check only says whether your file loads; "
            "everything is graded when the round ends."
        )
    lines.append(
        "Check with 'judge check <challenge>', see the clock with 'judge round status', "
        "finish with 'judge round end'."
    )
    return "\n".join(lines)


def status_text(current: Round | None, card: Scorecard | None, now: float) -> str:
    if current is None or card is None:
        return "No round is running. Start one with 'judge round start'."
    header = (
        f"Round {current.id} ({current.mode}, {current.minutes} min): "
        f"{clock(current.seconds_left(now))} left, until {local_time(current.deadline)}."
    )
    lines = [header, *render_rows(card, show_files=True)]
    if current.mode == "whiteboard":
        lines.append("Whiteboard: verdicts come when the round ends.")
    return "\n".join(lines)


def abandoned_text(current: Round) -> str:
    return f"Round {current.id} abandoned, without a score. Its files stay in {current.folder}/."


def load_check_text(result: CheckResult) -> str:
    """A whiteboard round's check: whether the file loads, and that nothing was graded."""
    file = workspace.display_path(result.file)
    (tier,) = result.tiers
    if tier.failure is None:
        lines = [f"{file} {tier.summary}."]
    else:
        lines = [f"{file} does not load ({tier.verdict}).", *render_failure(tier, tier.failure)]
    left = clock(result.round.seconds_left if result.round else 0)
    round_id = result.round.id if result.round else "?"
    lines.append(
        f"Whiteboard round {round_id}: no grading until the round ends ({left} left); "
        "this check was not recorded."
    )
    return "\n".join(lines)


def round_note_text(note: RoundNote) -> str:
    """The line after a graded check of a round problem: counted, or late and not."""
    if note.late:
        return (
            f"Time was up for round {note.round_id} (at {local_time(note.deadline)}): "
            "this check is recorded as late and does not count."
        )
    return (
        f"Round {note.round_id}: attempt {note.attempt} on {note.challenge}, "
        f"{clock(note.seconds_left)} left."
    )
