"""Returns (start, end) pairs instead of the substrings themselves."""


def palindromic_substrings(s):
    out = []
    for centre in range(2 * len(s) - 1):
        lo, hi = centre // 2, (centre + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            out.append((lo, hi + 1))
            lo -= 1
            hi += 1
    return out
