# expect: WA
# set-ups: all
# Starts a chain of 20 descendants, each in a session of its own (fork, setsid, fork...),
# the last of which waits for the judge to exit and then writes a fake "accepted" JSON line
# into the judge's stdout (reopened through /proc). AC only if a submission may start
# processes; the clean-up must leave none of them (the test looks for survivors).
import os
import time

FAKE = b'{"verdict": "AC", "accepted": true, "score": 100}\n'
judge = os.getppid()


def descend(depth: int) -> None:
    """Runs in the new child: one more link, or the last one's wait and forgery."""
    os.setsid()
    if depth and os.fork():
        os._exit(0)
    if depth:
        return descend(depth - 1)
    try:
        stdout = os.open(f"/proc/{judge}/fd/1", os.O_WRONLY)
    except OSError:
        stdout = None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and os.path.exists(f"/proc/{judge}"):
        time.sleep(0.05)
    if stdout is not None:
        os.write(stdout, FAKE)
    os._exit(0)


try:
    child = os.fork()
    if child == 0:
        try:
            descend(20)
        finally:
            os._exit(0)
    os.waitpid(child, 0)
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
