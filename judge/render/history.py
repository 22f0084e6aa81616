"""Past attempts as text: the `judge history` table and the help a learner used."""

from __future__ import annotations

from judge.practice import workspace
from judge.practice.history import HelpUsed, HistoryRow
from judge.render.timefmt import local_time


def when(row: HistoryRow) -> str:
    return local_time(row.attempt.created, with_date=True)


def verdict_mark(row: HistoryRow) -> str:
    """AC, or AC* for a --quick check (speed not graded)."""
    return row.attempt.verdict + ("*" if row.attempt.quick else "")


def round_label(row: HistoryRow) -> str:
    if row.link is None:
        return "-"
    marks = [word for word, on in (("final", row.link.final), ("late", row.link.late)) if on]
    return " ".join([str(row.link.round_id), *marks])


def help_text(used: HelpUsed) -> str:
    """ "2 hints, reference shown", or "" when the learner asked for no help."""
    parts = [f"{used.hints} hint{'s' if used.hints != 1 else ''}"] if used.hints else []
    parts += ["reference shown"] if used.reveals else []
    return ", ".join(parts)


def render_help(used_by_slug: dict[str, HelpUsed]) -> str:
    """One line per challenge on which hints or the reference were used."""
    lines = [f"  {slug}: {help_text(used)}" for slug, used in used_by_slug.items() if used]
    return "\n".join(["Help used:", *lines]) if lines else ""


def render_history(rows: list[HistoryRow]) -> str:
    if not rows:
        return "No attempts recorded yet. Grade a solution with 'judge check <challenge>'."
    width = max(len("challenge"), *(len(row.attempt.challenge) for row in rows))
    lines = [
        f"{'when':<16}  {'challenge':<{width}}  {'verdict':<7}  {'score':>5}  {'time':>6}  "
        f"{'round':<13}  file"
    ]
    for row in rows:
        lines.append(
            f"{when(row):<16}  {row.attempt.challenge:<{width}}  {verdict_mark(row):<7}  "
            f"{row.attempt.score:>5}  {row.attempt.seconds:>5.1f}s  {round_label(row):<13}  "
            f"{workspace.display_path(row.attempt.file)}"
        )
    if any(row.attempt.quick for row in rows):
        lines.append("* --quick: correctness only, speed not graded.")
    return "\n".join(lines)
