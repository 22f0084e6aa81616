# expect: WA
# set-ups: all
# Tries to kill its parent (the judge) and every process it can see.
import os
import signal


def has_zero_sum_pair(nums):
    for pid in (os.getppid(), 1):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    return False
