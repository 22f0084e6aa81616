# complexity: O(n^2 log n)
"""Sorts every prefix again: correct, and hundreds of times too slow."""


def running_medians(values):
    out = []
    for i in range(len(values)):
        prefix = sorted(values[: i + 1])
        n = len(prefix)
        if n % 2:
            out.append(float(prefix[n // 2]))
        else:
            out.append((prefix[n // 2 - 1] + prefix[n // 2]) / 2)
    return out
