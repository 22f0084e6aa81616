"""One pass with a set of the values seen so far: O(n) time, O(n) extra memory."""


def has_zero_sum_pair(nums: list[int]) -> bool:
    seen = set()
    for x in nums:
        # Checking before adding x means x is only ever paired with an earlier position,
        # so a lone 0 never pairs with itself while two zeros do.
        if -x in seen:
            return True
        seen.add(x)
    return False
