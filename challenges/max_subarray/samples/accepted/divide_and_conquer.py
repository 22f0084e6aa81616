"""O(n log n), written plainly and recursively: slower than Kadane, but the right class."""
# complexity: O(n log n)


def max_subarray_sum(nums):
    def best(lo, hi):  # best run within nums[lo:hi], hi - lo >= 1
        if hi - lo == 1:
            return nums[lo]
        mid = (lo + hi) // 2
        left_sum, total = nums[mid - 1], 0
        for i in range(mid - 1, lo - 1, -1):
            total += nums[i]
            left_sum = max(left_sum, total)
        right_sum, total = nums[mid], 0
        for i in range(mid, hi):
            total += nums[i]
            right_sum = max(right_sum, total)
        return max(best(lo, mid), best(mid, hi), left_sum + right_sum)

    return best(0, len(nums))
