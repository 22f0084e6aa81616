"""Checks every (start, end) pair by slicing and reversing: n^2 / 2 pairs, each costing its
length, so O(n^3) whatever the answer."""
# complexity: O(n^3)


def palindromic_substrings(s):
    out = []
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            piece = s[i:j]
            if piece == piece[::-1]:
                out.append(piece)
    return out
