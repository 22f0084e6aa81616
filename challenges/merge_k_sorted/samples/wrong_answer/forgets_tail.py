"""Two-pointer merge that stops when either list runs out and forgets the rest of the other."""


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
    return merged  # left[i:] or right[j:] is lost


def merge_sorted(arrays):
    merged = list(arrays[0]) if arrays else []
    for values in arrays[1:]:
        merged = merge_two(merged, values)
    return merged
