"""Merges the lists in pairs, round after round, until one is left (no recursion)."""
# complexity: O(n log n)
# complexity note: O(n log k) with k = n/4 lists (perf.py)


def merge_two(left, right):
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    return merged + left[i:] + right[j:]


def merge_sorted(arrays):
    lists = [list(values) for values in arrays] or [[]]
    while len(lists) > 1:
        paired = [merge_two(lists[i], lists[i + 1]) for i in range(0, len(lists) - 1, 2)]
        if len(lists) % 2:
            paired.append(lists[-1])
        lists = paired
    return lists[0]
