# expect: WA
# set-ups: all
# Opens the challenge's reference, property tests and input generator for writing
# (appending nothing, so an open hole changes no byte), and reads its property tests: AC
# only if a submission could read the tests or rewrite the package the next check trusts.
import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "challenges" / "zero_sum_pair"
OPEN = False
for name in ("reference.py", "test_properties.py", "perf.py"):
    try:
        os.close(os.open(PACKAGE / name, os.O_WRONLY | os.O_APPEND))
        OPEN = True
    except OSError:
        pass
try:
    OPEN = OPEN or bool((PACKAGE / "test_properties.py").read_text())
except OSError:
    pass


def has_zero_sum_pair(nums):
    seen = set()
    for x in nums:
        if -x in seen:
            return OPEN
        seen.add(x)
    return not OPEN
