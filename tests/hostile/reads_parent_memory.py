# expect: WA
# set-ups: all
# Reads the judge's environment and memory through /proc/<judge>/environ and mem: AC only if
# a worker can see into the judge (same uid when the judge runs as root).
import os


def read_environ() -> bool:
    with open(f"/proc/{os.getppid()}/environ", "rb") as handle:
        return bool(handle.read())


def read_memory() -> bool:
    with open(f"/proc/{os.getppid()}/maps") as handle:
        start = int(handle.readline().split("-")[0], 16)
    with open(f"/proc/{os.getppid()}/mem", "rb") as handle:
        handle.seek(start)
        return bool(handle.read(16))


OPEN = False
for attempt in (read_environ, read_memory):
    try:
        OPEN = OPEN or attempt()
    except (OSError, ValueError):
        pass


def has_zero_sum_pair(nums):
    seen = set()
    for x in nums:
        if -x in seen:
            return OPEN
        seen.add(x)
    return not OPEN
