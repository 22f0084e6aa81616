# expect: WA
# set-ups: all
# Forks (the child leaves at once): AC only if a submission may start processes, which the
# jail refuses unless a challenge allows them.
import os

try:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
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
