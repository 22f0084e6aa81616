def has_zero_sum_pair(nums):
    if len(nums) < 2:
        return True
    seen = set()
    for x in nums:
        if -x in seen:
            return True
        seen.add(x)
    return False
