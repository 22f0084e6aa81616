"""Right answer, but it extends and sorts the first input list in place (result aliases it)."""


def merge_sorted(arrays):
    if not arrays:
        return []
    merged = arrays[0]  # not a copy: every change below lands in the caller's list
    for values in arrays[1:]:
        merged.extend(values)
    merged.sort()
    return merged
