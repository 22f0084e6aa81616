"""Checks every pattern against the text: `p in text` (here text.find, for the index) once
per pattern, so O(len(text) x number of patterns), even though the inner loop is in C."""


def first_match(text, patterns):
    best = -1
    for p in patterns:
        i = text.find(p)
        if i != -1 and (best == -1 or i < best):
            best = i
    return best
