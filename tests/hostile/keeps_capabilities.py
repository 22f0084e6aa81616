# expect: WA
# Looks at its own capabilities: AC only if the worker still holds any (effective,
# permitted, or a bounding set to regain them from), as a root judge's worker would unjailed.
with open("/proc/self/status") as handle:
    STATUS = dict(line.split(":", 1) for line in handle.read().splitlines() if ":" in line)
OPEN = any(int(STATUS.get(key, "0").strip() or "0", 16) for key in ("CapEff", "CapPrm", "CapBnd"))


def has_zero_sum_pair(nums):
    seen = set()
    for x in nums:
        if -x in seen:
            return OPEN
        seen.add(x)
    return not OPEN
