# expect: WA
# set-ups: all
# Reads the judge's resource limits with prlimit (only reads: an open hole would also let it
# lower them): AC only if a worker may touch another process's limits.
import os
import resource

try:
    resource.prlimit(os.getppid(), resource.RLIMIT_NOFILE)
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
