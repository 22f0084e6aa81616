"""Right answers, but sorts the caller's list in place: the contract forbids that."""


def has_zero_sum_pair(nums):
    nums.sort()
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        total = nums[lo] + nums[hi]
        if total == 0:
            return True
        if total < 0:
            lo += 1
        else:
            hi -= 1
    return False
