"""`judge list` as text: the catalogue in its two parts, with your status on each."""

from __future__ import annotations

from judge.challenge.catalog import PARTS, Challenge
from judge.practice import learner, store

HEADINGS = {"puzzles": "Programming puzzles", "machine learning": "Machine learning"}


def catalogue_text(
    challenges: list[Challenge], statuses: dict[str, store.Status], due: set[str]
) -> str:
    width = max(len(c.slug) for c in challenges)
    lines = []
    for part in PARTS:
        mine = [c for c in challenges if c.part == part]
        if not mine:
            continue
        if lines:
            lines.append("")
        lines.append(f"{HEADINGS[part]} ({len(mine)})")
        lines.append(
            f"  {'challenge':<{width}}  {'difficulty':<10}  {'status':<12}  {'best':>4}  title"
        )
        for challenge in mine:
            status = statuses.get(challenge.slug, store.NOT_STARTED)
            best = f"{status.best_score:>4}" if status.attempts else "   -"
            label = learner.status_label(status, challenge.slug in due)
            lines.append(
                f"  {challenge.slug:<{width}}  {challenge.difficulty:<10}  {label:<12}  "
                f"{best}  {challenge.title}"
            )
    return "\n".join(lines)
