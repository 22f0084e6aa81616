def has_zero_sum_pair(nums):
    counts = {}
    for x in nums:
        counts[x] += 1  # KeyError: never initialised
    return any(-x in counts for x in counts)
