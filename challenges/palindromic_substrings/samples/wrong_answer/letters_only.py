"""Skips spaces and punctuation, as sentence palindromes do: here they are characters."""


def palindromic_substrings(s):
    s = "".join(ch for ch in s if ch.isalnum())
    out = []
    for centre in range(2 * len(s) - 1):
        lo, hi = centre // 2, (centre + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            out.append(s[lo : hi + 1])
            lo -= 1
            hi += 1
    return out
