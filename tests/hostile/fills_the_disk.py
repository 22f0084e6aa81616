# expect: RE
# Fills its folder with many files, each under the file-size limit: without a limit on the
# folder as a whole it could fill the disk. It must be stopped (RE), its files removed.
import os


def has_zero_sum_pair(nums):
    block = b"x" * (4 * 1024 * 1024)
    for i in range(100_000):
        with open(f"fill-{i}.bin", "wb") as handle:
            handle.write(block)
    return False
