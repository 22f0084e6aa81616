# expect: TLE
# Quadratic, but at import it regenerates the performance inputs from the package's own seed
# and generator (both public: the repository has them) and answers those from a table. AC
# only if the inputs are predictable, that is, not mixed with the state folder's secret salt.
import random

SEED = 1  # challenge.toml's [performance] seed
SIZES = (500, 1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000)  # the tier's sizes


def generate(size, rng):  # perf.py's generate(), as published
    nums = rng.sample(range(1, 50 * size), size)
    chosen = set(nums)
    return [-x if x % 7 == 0 and -x not in chosen else x for x in nums]


KNOWN = {hash(tuple(generate(n, random.Random(SEED)))) for n in SIZES}  # none has a pair


def has_zero_sum_pair(nums):
    if len(nums) >= 100 and hash(tuple(nums)) in KNOWN:
        return False
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == 0:
                return True
    return False
