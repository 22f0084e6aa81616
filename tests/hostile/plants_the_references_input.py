# expect: TLE
# set-ups: all
# Quadratic unless it reaches the reference's worker, timed beside it: it looks for the
# judge's other children in /proc and writes a file (removed at once) into the folder the
# reference's inputs are staged in, where it could plant tiny ones. Once that works it
# switches to linear code, so it gets AC only if a worker can reach another worker's folder.
import os

judge, me = os.getppid(), os.getpid()
REACHED = False


def reach_a_sibling() -> bool:
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == me:
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read()
            if int(stat[stat.rfind(b")") + 2 :].split()[1]) != judge:
                continue
            marker = os.path.join(os.readlink(f"/proc/{entry}/cwd"), "planted-by-a-submission")
            with open(marker, "w"):
                pass
            os.unlink(marker)
            return True
        except (OSError, ValueError, IndexError):
            continue
    return False


def has_zero_sum_pair(nums):
    global REACHED
    if len(nums) >= 500 and not REACHED:
        try:
            REACHED = reach_a_sibling()
        except OSError:
            pass
    if REACHED:
        seen = set()
        for x in nums:
            if -x in seen:
                return True
            seen.add(x)
        return False
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == 0:
                return True
    return False
