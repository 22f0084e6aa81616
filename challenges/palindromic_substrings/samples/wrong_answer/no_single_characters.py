"""Decides that a single character is too short to count: starts at length 2."""


def palindromic_substrings(s):
    out = []
    for i in range(len(s)):
        for j in range(i + 2, len(s) + 1):
            piece = s[i:j]
            if piece == piece[::-1]:
                out.append(piece)
    return out
