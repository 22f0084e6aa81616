"""A suffix array built by sorting the suffixes themselves: the sort key of every position
is a copy of the rest of the text, so it needs O(len(text)^2) memory."""

from bisect import bisect_left


def first_match(text, patterns):
    order = sorted(range(len(text)), key=lambda i: text[i:])
    suffixes = [text[i:] for i in order]
    best = -1
    for p in patterns:
        lo = bisect_left(suffixes, p)
        while lo < len(suffixes) and suffixes[lo].startswith(p):
            if best == -1 or order[lo] < best:
                best = order[lo]
            lo += 1
    return best
