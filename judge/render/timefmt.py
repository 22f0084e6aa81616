"""Times as people read them: clocks, local wall-clock times, durations.

Local times use the machine's time zone (the learner's own clock); tests that pin output
pass timestamps and compare with the same function, never with a literal hour.
"""

from __future__ import annotations

from datetime import datetime


def clock(seconds: float) -> str:
    """31:20, or 1:02:03 past an hour."""
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


def local_time(timestamp: float, with_date: bool = False) -> str:
    return datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")


def relative(seconds: float) -> str:
    """How far a moment is from now, in the largest whole unit: "in 3 days", "2 hours ago"."""
    span = abs(seconds)
    for unit, size in (("day", 86_400), ("hour", 3600), ("minute", 60)):
        if span >= size:
            count = int(span // size)
            words = f"{count} {unit}{'s' if count != 1 else ''}"
            return f"in {words}" if seconds > 0 else f"{words} ago"
    return "now"


def duration(seconds: float) -> str:
    """A span as people say it: "45 s", "12 min", "1 h 05 min", "3.5 days"."""
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{seconds // 60:.0f} min"
    if seconds < 86_400:
        hours, minutes = divmod(int(seconds // 60), 60)
        return f"{hours} h {minutes:02} min"
    return f"{seconds / 86_400:.1f} days"
