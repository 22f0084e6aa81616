"""Goes through a set: every repeated value is kept only once."""

from itertools import chain


def merge_sorted(arrays):
    return sorted(set(chain.from_iterable(arrays)))
