# expect: WA
# set-ups: all
# Opens the judge's own source for writing (append, writing nothing, so an open hole changes
# no byte): AC only if a submission could patch the judge for the next check.
import os
from pathlib import Path

TARGET = Path(__file__).resolve().parents[2] / "judge" / "engine" / "canonical.py"
try:
    os.close(os.open(TARGET, os.O_WRONLY | os.O_APPEND))
    OPEN = True
except OSError:
    OPEN = False


def has_zero_sum_pair(nums):
    seen = set()
    for x in nums:
        if -x in seen:
            return OPEN
        seen.add(x)
    return not OPEN
