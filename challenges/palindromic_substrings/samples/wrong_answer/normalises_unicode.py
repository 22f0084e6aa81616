"""Normalises Unicode (NFC) first: "e" + combining accent becomes "é", so the entries are
no longer the substrings of s, code point by code point."""

import unicodedata


def palindromic_substrings(s):
    s = unicodedata.normalize("NFC", s)
    out = []
    for centre in range(2 * len(s) - 1):
        lo, hi = centre // 2, (centre + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            out.append(s[lo : hi + 1])
            lo -= 1
            hi += 1
    return out
