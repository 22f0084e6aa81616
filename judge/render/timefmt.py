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
