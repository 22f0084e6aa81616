# expect: AC
# Prints megabytes (stdout and stderr), then solves the task correctly: the judge's own
# output, --json included, must stay intact.
import sys

for _ in range(20_000):
    print("flood " * 100)
    print("noise " * 100, file=sys.stderr)


def has_zero_sum_pair(nums):
    seen = set()
    for x in nums:
        if -x in seen:
            return True
        seen.add(x)
    return False
