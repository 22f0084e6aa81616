# complexity: O(n)
def has_zero_sum_pair(nums):
    seen = set()
    for x in nums:
        if -x in seen:
            return True
        seen.add(x)
    return False
