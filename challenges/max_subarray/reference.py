"""Kadane's algorithm: O(n) time, O(1) extra memory."""


def max_subarray_sum(nums: list[int]) -> int:
    # best_here: the best sum of a run that ends at the current element. A run ending here
    # either extends the best run ending at the previous element or starts afresh here.
    best_here = best = nums[0]
    for x in nums[1:]:
        best_here = max(x, best_here + x)
        best = max(best, best_here)
    return best
