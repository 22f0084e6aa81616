"""`judge watch` as text: one message per event of the watch loop."""

from __future__ import annotations

from judge.practice.watch import (
    AllSolved,
    Event,
    Graded,
    GradingStarted,
    Missing,
    MovedOn,
    NotGraded,
    Polling,
    TierDone,
    Untouched,
    Watching,
)
from judge.render.printable import printable
from judge.render.rounds import load_check_text, round_note_text
from judge.render.scorecard import render_scorecard
from judge.render.terminal import render_check


def graded_text(event: Graded) -> str:
    result = event.result
    if not result.graded:  # a whiteboard round: only whether the file loads
        return f"[#{event.number}] {load_check_text(result)}"
    verdict = result.verdict
    glance = f"[#{event.number}] {result.challenge}: {verdict} ({verdict.meaning}), "
    glance += f"{result.score}/100"
    text = render_check(result)
    if event.note:
        text += "\n" + round_note_text(event.note)
    if event.settled:
        text += f"\nTime is up.\n{render_scorecard(event.settled)}"
    after = (
        "Accepted. 'judge next' says what to solve next."
        if result.accepted
        else "Save to re-grade; Ctrl-C to stop."
    )
    return f"{glance}\n\n{text}\n\n{after}"


def watch_message(event: Event) -> str:
    """The text the terminal shows for one event."""
    match event:
        case Watching(challenge, path):
            return (
                f"Watching {path} ({challenge.slug}: {challenge.title}). "
                "Save it to grade it; Ctrl-C to stop."
            )
        case Polling(folder, reason, seconds):
            return f"Polling {folder} for saves every {seconds:g} s, since {reason}."
        case Untouched(path):
            return (
                f"{path} is the untouched stub: not started yet. "
                "Write your solution in it and save to grade it."
            )
        case Missing(path):
            return f"{path} is gone; waiting for it to be saved again."
        case GradingStarted(number, path, restarted):
            why = " (a newer save arrived: the previous grading was stopped)" if restarted else ""
            return f"[#{number}] grading {path.name}...{why}"
        case TierDone(number, tier):
            verdict = tier.verdict.value if tier.verdict else "--"
            return f"[#{number}] {tier.title}: {verdict}  {printable(tier.summary)}"
        case Graded():
            return graded_text(event)
        case NotGraded(number, message):
            return f"[#{number}] {message}"
        case MovedOn(challenge, path, created):
            how = "wrote the stub to" if created else "watching"
            return f"On to {challenge.slug} ({challenge.title}): {how} {path}."
        case AllSolved():
            return "Every challenge is solved. Stopped watching."
    raise TypeError(f"not a watch event: {event!r}")
