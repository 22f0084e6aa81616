# expect: WA
# set-ups: all
# Reads the judge's environment (where a token or a path to the state folder would be) by
# /proc/<judge>/environ and by its main thread's entry. AC only if either is readable.
import os

judge = os.getppid()
OPEN = False
for path in (f"/proc/{judge}/environ", f"/proc/{judge}/task/{judge}/environ"):
    try:
        with open(path, "rb") as handle:
            OPEN = OPEN or bool(handle.read())
    except OSError:
        pass


def has_zero_sum_pair(nums):
    seen = set()
    for x in nums:
        if -x in seen:
            return OPEN
        seen.add(x)
    return not OPEN
