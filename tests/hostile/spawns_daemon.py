# expect: WA
# Leaves a double-forked, setsid'd daemon behind; it must be killed when the check ends.
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
