"""Right answer, but it reorders the caller's outer list (shortest lists first)."""


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
    arrays.sort(key=len)  # in place: the input changes
    merged = []
    for values in arrays:
        merged = merge_two(merged, values)
    return merged
