# expect: MLE
# Grows until the address-space cap stops it (in steps, unlike huge_memory.py).
def has_zero_sum_pair(nums):
    hoard = []
    while True:
        hoard.append([0] * (32 * 1024 * 1024))
