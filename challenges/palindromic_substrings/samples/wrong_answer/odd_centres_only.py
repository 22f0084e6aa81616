"""Expands only around characters: every even-length palindrome ("aa", "abba") is missed."""


def palindromic_substrings(s):
    out = []
    for i in range(len(s)):
        lo = hi = i
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            out.append(s[lo : hi + 1])
            lo -= 1
            hi += 1
    return out
