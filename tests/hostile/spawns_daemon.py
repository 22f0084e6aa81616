# expect: RE
# set-ups: all
# Tries to leave a double-forked, setsid'd daemon behind. The jail refuses new processes, so
# the fork itself fails at import (RE). Where a challenge allows processes, the daemon must
# still be killed when the check ends (tests/test_sandbox.py covers that path).
import os
import time

if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        with open(os.environ.get("HOSTILE_MARKER", "/dev/null"), "a") as marker:
            marker.write(f"{os.getpid()}\n")
        while True:
            time.sleep(1)
    os._exit(0)


def has_zero_sum_pair(nums):
    return False
