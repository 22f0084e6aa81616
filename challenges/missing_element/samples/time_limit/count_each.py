"""Compares a.count(x) with b.count(x) for each distinct value: a full scan per value, O(n·d)."""


def find_missing(a, b):
    for x in set(a):
        if a.count(x) != b.count(x):
            return x
