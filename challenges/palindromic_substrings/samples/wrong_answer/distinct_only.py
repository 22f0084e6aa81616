"""Collects the palindromes in a set: "aaa" gives a, aa, aaa instead of one entry per
position (a, a, a, aa, aa, aaa)."""


def palindromic_substrings(s):
    found = set()
    for centre in range(2 * len(s) - 1):
        lo, hi = centre // 2, (centre + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            found.add(s[lo : hi + 1])
            lo -= 1
            hi += 1
    return list(found)
