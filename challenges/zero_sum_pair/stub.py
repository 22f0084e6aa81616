def has_zero_sum_pair(nums: list[int]) -> bool:
    """True iff two different positions of nums hold values that sum to zero."""
    raise NotImplementedError("write your solution here")
