"""reduce() without a start value raises TypeError when there are no lists at all."""

from functools import reduce
from heapq import merge


def merge_sorted(arrays):
    return list(reduce(lambda left, right: list(merge(left, right)), arrays))
