"""An even prefix's median taken as one of its two middle values (the upper one)."""

from bisect import insort


def running_medians(values):
    ordered, out = [], []
    for x in values:
        insort(ordered, x)
        out.append(float(ordered[len(ordered) // 2]))
    return out
