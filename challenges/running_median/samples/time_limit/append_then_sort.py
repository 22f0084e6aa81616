# complexity: O(n^2)
"""Appends, then list.sort(): Timsort finds the list already in order except the last
value, but finding that out takes a comparison per element, every time."""


def running_medians(values):
    ordered, out = [], []
    for x in values:
        ordered.append(x)
        ordered.sort()
        n = len(ordered)
        if n % 2:
            out.append(float(ordered[n // 2]))
        else:
            out.append((ordered[n // 2 - 1] + ordered[n // 2]) / 2)
    return out
