# expect: WA
# set-ups: all
# Looks at its own capabilities: AC only if the worker still holds any it could use
# (effective, permitted, inheritable, ambient), or a bounding set to regain them from by
# exec while no_new_privs is off, as a root judge's worker would unjailed. A full bounding
# set under no_new_privs is every unprivileged process's lot and grants nothing.
with open("/proc/self/status") as handle:
    STATUS = dict(line.split(":", 1) for line in handle.read().splitlines() if ":" in line)


def held(key: str) -> bool:
    return bool(int(STATUS.get(key, "0").strip() or "0", 16))


OPEN = any(held(key) for key in ("CapEff", "CapPrm", "CapInh", "CapAmb")) or (
    held("CapBnd") and STATUS.get("NoNewPrivs", "0").strip() != "1"
)


def has_zero_sum_pair(nums):
    seen = set()
    for x in nums:
        if -x in seen:
            return OPEN
        seen.add(x)
    return not OPEN
