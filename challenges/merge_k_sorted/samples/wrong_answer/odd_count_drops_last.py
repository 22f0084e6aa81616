"""Merges lists in pairs but drops the unpaired last list when their number is odd."""


def merge_two(left, right):
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    return merged + left[i:] + right[j:]


def merge_sorted(arrays):
    lists = [list(values) for values in arrays]
    if not lists:
        return []
    while len(lists) > 1:
        lists = [merge_two(lists[i], lists[i + 1]) for i in range(0, len(lists) - 1, 2)]
    return lists[0]
