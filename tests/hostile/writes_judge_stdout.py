# expect: WA
# set-ups: all
# Reopens the judge's own stdout through /proc/<judge>/fd/1 and writes a fake "accepted"
# JSON object into it, ahead of the real one. AC only if a worker can reach the judge's
# descriptors; the test also finds stdout no longer one JSON object.
import os

FAKE = b'{"verdict": "AC", "accepted": true, "score": 100}\n'
try:
    stdout = os.open(f"/proc/{os.getppid()}/fd/1", os.O_WRONLY)
    os.write(stdout, FAKE)
    os.close(stdout)
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
