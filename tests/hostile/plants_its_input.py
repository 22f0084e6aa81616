# expect: TLE
# Quadratic, but a thread started at import swaps every staged input of the performance tier
# for a tiny one with the same answer (a pair that sums to zero) before the worker loads it.
# AC only if the worker reads its input from a file the submission can rewrite.
import os
import pickle
import threading
import time

TINY = pickle.dumps([[1, -1]])


def plant() -> None:
    while True:
        for root, _folders, files in os.walk("."):
            for name in files:
                if name.endswith(".pkl"):
                    path = os.path.join(root, name)
                    try:
                        if os.path.getsize(path) != len(TINY):
                            with open(path, "wb") as handle:
                                handle.write(TINY)
                    except OSError:
                        pass
        time.sleep(0.0005)


threading.Thread(target=plant, daemon=True).start()


def has_zero_sum_pair(nums):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == 0:
                return True
    return False
