"""Lists single characters, then expands only around gaps: odd-length palindromes longer
than one character ("aba") are missed."""


def palindromic_substrings(s):
    out = list(s)
    for i in range(len(s) - 1):
        lo, hi = i, i + 1
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            out.append(s[lo : hi + 1])
            lo -= 1
            hi += 1
    return out
