"""Sorts the patterns in place (shortest first) before the search: right answer, but the
caller's list is changed."""


def first_match(text, patterns):
    patterns.sort(key=len)
    best = -1
    for i in range(len(text)):
        for p in patterns:
            if text.startswith(p, i):
                return i
    return best
