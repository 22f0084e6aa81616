"""Adds every character up front and then again when expanding from it: each single
character is listed twice."""


def palindromic_substrings(s):
    out = list(s)
    for centre in range(2 * len(s) - 1):
        lo, hi = centre // 2, (centre + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            out.append(s[lo : hi + 1])
            lo -= 1
            hi += 1
    return out
