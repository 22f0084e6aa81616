"""Sorts copies of both lists and walks them side by side: O(n log n)."""
# complexity: O(n log n)


def find_missing(a, b):
    a_sorted, b_sorted = sorted(a), sorted(b)
    for x, y in zip(a_sorted, b_sorted):
        if x != y:
            return x
    return a_sorted[-1]  # no difference up to the end of b: it is the last one
