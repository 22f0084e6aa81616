"""The one clock of the learner's state: what time it is for records, schedules and stats.

`now()` is `time.time()`, unless $JUDGE_NOW is set: then it is that moment (seconds since
the epoch, or an ISO 8601 date and time). JUDGE_NOW exists for tests and demonstrations of
the review schedule, which is measured in days: it moves the clock that attempts, hints,
reveals and rounds are stamped with, and that the review queue and `judge stats` read.
Grading never uses it (CPU times are measured by the sandbox), and nothing here sleeps.
"""

from __future__ import annotations

import os
import time
from datetime import datetime

from judge.errors import JudgeError

ENVIRONMENT = "JUDGE_NOW"


def now() -> float:
    value = os.environ.get(ENVIRONMENT, "").strip()
    if not value:
        return time.time()
    try:
        return float(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).timestamp()
    except ValueError:
        raise JudgeError(
            f"{ENVIRONMENT}={value!r} is not a time: give seconds since the epoch "
            "or an ISO date such as 2025-01-15T12:00."
        ) from None
