# expect: TLE
# A quadratic solution that freezes every clock it can reach: the judge times it from outside.
import time

for name in ("time", "perf_counter", "process_time", "monotonic", "thread_time"):
    setattr(time, name, lambda: 0.0)
    setattr(time, name + "_ns", lambda: 0)


def has_zero_sum_pair(nums):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == 0:
                return True
    return False
