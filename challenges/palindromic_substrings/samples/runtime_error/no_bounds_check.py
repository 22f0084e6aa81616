"""Grows from each centre without checking the ends of the string: IndexError past the end."""


def palindromic_substrings(s):
    out = []
    for i in range(len(s)):
        lo = hi = i
        while s[lo] == s[hi]:
            out.append(s[lo : hi + 1])
            lo -= 1
            hi += 1
    return out
