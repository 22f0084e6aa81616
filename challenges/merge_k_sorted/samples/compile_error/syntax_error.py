import heapq


def merge_sorted(arrays):
    return list(heapq.merge(*arrays)
