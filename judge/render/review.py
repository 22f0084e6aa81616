"""The review queue as text: `judge review`, `judge review start`, and `judge next` for a
review. It only words what `practice.review` decided; it never computes a schedule."""

from __future__ import annotations

from judge.practice import workspace
from judge.practice.review import Card, Entry, Queue, ReviewStart, Session
from judge.render.timefmt import local_time, relative

UPCOMING_SHOWN = 5


def session_text(session: Session) -> str:
    """ "clean", "2 rejected checks, 1 hint", "reference shown"."""
    if session.revealed:
        return "reference shown"
    parts = []
    if session.rejected:
        parts.append(f"{session.rejected} rejected check{'s' if session.rejected != 1 else ''}")
    if session.hints:
        parts.append(f"{session.hints} hint{'s' if session.hints != 1 else ''}")
    return ", ".join(parts) or "clean"


def days(count: int) -> str:
    return f"{count} day{'s' if count != 1 else ''}"


def _upcoming(cards: list[Card], now: float) -> str:
    shown = [f"{c.challenge} {relative(c.due - now)}" for c in cards[:UPCOMING_SHOWN]]
    more = len(cards) - len(shown)
    return "Coming up: " + ", ".join(shown) + (f", and {more} more" if more > 0 else "") + "."


def render_queue(queue: Queue) -> str:
    if not queue.due and not queue.upcoming:
        return (
            "Nothing to review yet: a challenge joins the review queue once you solve it "
            "('judge next' says what to solve)."
        )
    lines = []
    if queue.due:
        width = max(len("challenge"), *(len(e.card.challenge) for e in queue.due))
        lines.append("Due for review, most overdue first:")
        lines.append(
            f"  {'challenge':<{width}}  {'due':<14}  {'last solved':<16}  {'interval':<8}  "
            "last time"
        )
        for entry in queue.due:
            card = entry.card
            lines.append(
                f"  {card.challenge:<{width}}  {relative(card.due - queue.now):<14}  "
                f"{local_time(card.last_solved, with_date=True):<16}  "
                f"{days(card.interval_days):<8}  {session_text(card.sessions[-1])}"
            )
        first = queue.due[0]
        if first.started:
            lines.append(
                f"In progress: {workspace.display_path(first.started)}; "
                f"'judge check {first.card.challenge}' grades it."
            )
        else:
            lines.append(
                f"Start one: judge review start {first.card.challenge}   "
                "(a fresh stub; your accepted file is kept)"
            )
    else:
        lines.append("Nothing is due for review.")
    if queue.upcoming:
        lines.append(_upcoming(queue.upcoming, queue.now))
    return "\n".join(lines)


def started_text(start: ReviewStart) -> str:
    path, slug = workspace.display_path(start.path), start.card.challenge
    if not start.created:
        return (
            f"Your review of {slug} is already in {path}. "
            f"Solve it, then run: judge check {slug}   (or judge watch {slug})"
        )
    return (
        f"Wrote {path} from the stub; your accepted solution is kept as it is.\n"
        f"While this review is due, 'judge check {slug}' and 'judge watch {slug}' grade this "
        "file. Solve it, then run: judge check " + slug
    )


def next_review_text(entry: Entry, now: float) -> str:
    card, challenge = entry.card, entry.challenge
    head = (
        f"Next: review {challenge.slug} ({challenge.difficulty}): {challenge.title}; "
        f"due {relative(card.due - now)}, last solved "
        f"{local_time(card.last_solved, with_date=True)}"
    )
    if entry.started:
        run = (
            f"Run:  judge watch {challenge.slug}   (or judge check {challenge.slug}): "
            f"your review is in {workspace.display_path(entry.started)}"
        )
    else:
        run = f"Run:  judge review start {challenge.slug}"
    return f"{head}\n{run}"
