"""Compares a.count(x) with b.count(x) for each distinct value: a full scan per value, O(n·d)."""
# complexity: O(n^2)
# complexity note: n/2 distinct values (perf.py), each costing two C scans of n; it stops at the
#   missing value, on average halfway through the set


def find_missing(a, b):
    for x in set(a):
        if a.count(x) != b.count(x):
            return x
