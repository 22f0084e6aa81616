def max_subarray_sum(nums: list[int]) -> int:
    """Return the largest sum of a non-empty contiguous run of nums."""
    raise NotImplementedError("write your solution here")
