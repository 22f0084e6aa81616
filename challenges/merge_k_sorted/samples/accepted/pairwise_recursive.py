"""Divide and conquer, written plainly: merge each half of the lists recursively, then
merge the two results with two pointers. O(N log k), all in pure Python."""
# complexity: O(n log n)
# complexity note: O(n log k) with k = n/4 lists (perf.py)


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
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def merge_sorted(arrays):
    if not arrays:
        return []
    if len(arrays) == 1:
        return list(arrays[0])
    middle = len(arrays) // 2
    return merge_two(merge_sorted(arrays[:middle]), merge_sorted(arrays[middle:]))
