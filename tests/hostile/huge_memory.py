# expect: MLE
def has_zero_sum_pair(nums):
    hoard = [0] * (10**10)  # 80 GB of pointers: far past any cap
    return bool(hoard)
