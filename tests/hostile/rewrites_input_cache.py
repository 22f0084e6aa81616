# expect: TLE
# workspace: solutions
# then: challenges/zero_sum_pair/samples/time_limit/all_pairs.py TLE
# Quadratic, but a thread started at import rewrites every input in the cache of its
# workspace (.judge/cache, beside solutions/) with a tiny one of the same answer, and its
# manifest to match, as the judge completes them (holding the judge's own lock on the entry
# meanwhile). AC only if a worker can reach the cache; the honest quadratic check after it
# would then pass on the poisoned cache too.
import fcntl
import hashlib
import json
import os
import pickle
import threading
import time
from pathlib import Path

CACHE = Path(__file__).resolve().parents[1] / ".judge" / "cache"
TINY = pickle.dumps([[1, 2]])  # no pair sums to zero, like every generated input


def poison(folder: Path) -> None:
    with open(folder.with_name(folder.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        (folder / "input.pkl").write_bytes(TINY)
        digest = hashlib.sha256(TINY).hexdigest()
        (folder / "manifest.json").write_text(json.dumps({"input.pkl": [len(TINY), digest]}))


def keep_poisoning() -> None:
    while True:
        for root, _folders, files in os.walk(CACHE):
            if "manifest.json" in files and "input.pkl" in files:
                try:
                    if os.path.getsize(os.path.join(root, "input.pkl")) != len(TINY):
                        poison(Path(root))
                except OSError:
                    pass
        time.sleep(0.001)


threading.Thread(target=keep_poisoning, daemon=True).start()


def has_zero_sum_pair(nums):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == 0:
                return True
    return False
