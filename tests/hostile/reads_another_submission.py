# expect: WA
# workspace: solutions
# Reads someone else's accepted solution beside it in solutions/ and answers with it, and
# opens it for writing (appending nothing, so an open hole changes no byte). AC only if a
# worker can reach the workspace beyond its own file.
import os
from pathlib import Path

HERE = Path(__file__).resolve()
found: dict = {}
writable = False
for other in sorted(HERE.parent.glob("*.py")):
    if other == HERE:
        continue
    try:
        exec(other.read_text(), found)
    except OSError:
        pass
    try:
        os.close(os.open(other, os.O_WRONLY | os.O_APPEND))
        writable = True
    except OSError:
        pass

if "has_zero_sum_pair" in found:
    has_zero_sum_pair = found["has_zero_sum_pair"]
else:

    def has_zero_sum_pair(nums):
        seen = set()
        for x in nums:
            if -x in seen:
                return writable
            seen.add(x)
        return not writable
