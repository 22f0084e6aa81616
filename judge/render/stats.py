"""`judge stats` as text: solved per difficulty and per tag, streak, attempts, help used, the
median time to accept, and what is due for review. The numbers are `practice.stats`'s; this
only lays them out."""

from __future__ import annotations

from judge.practice.stats import Stats, Tally
from judge.render.timefmt import duration


def _days(count: int) -> str:
    return f"{count} day{'s' if count != 1 else ''}"


def _table(title: str, rows: list[tuple[str, Tally]]) -> list[str]:
    width = max(len(title), *(len(name) for name, _ in rows))
    lines = [f"  {title:<{width}}  {'solved':>6}  {'attempts':>8}  {'hints':>5}"]
    for name, tally in rows:
        solved = f"{tally.solved}/{tally.total}"
        lines.append(f"  {name:<{width}}  {solved:>6}  {tally.attempts:>8}  {tally.hints:>5}")
    return lines


def render_stats(stats: Stats) -> str:
    overall = stats.overall
    lines = [f"Solved {overall.solved} of {overall.total} challenges.", ""]
    lines += _table("difficulty", stats.by_difficulty)
    lines.append("")
    lines += _table("tag", stats.by_tag)
    lines.append("")
    longest = f" (longest {_days(stats.longest_streak)})" if stats.longest_streak else ""
    median = (
        f"{duration(stats.median_to_accept)}, from a challenge's first check to its first "
        "full accept"
        if stats.median_to_accept is not None
        else "- (nothing solved yet)"
    )
    reveals = f"{stats.reveals} time{'s' if stats.reveals != 1 else ''}"
    lines += [
        f"  {'streak:':<24}{_days(stats.current_streak)}{longest}",
        f"  {'attempts:':<24}{overall.attempts} graded, {stats.accepted_checks} fully accepted",
        f"  {'hints used:':<24}{overall.hints} (the reference shown {reveals})",
        f"  {'median time to accept:':<24}{median}",
        f"  {'due for review:':<24}{stats.due}" + (" ('judge review')" if stats.due else ""),
    ]
    return "\n".join(lines)
