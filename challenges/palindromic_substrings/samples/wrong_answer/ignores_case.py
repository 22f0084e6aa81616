"""Lower-cases s first, so "Aa" gives a, a, aa: case-sensitive was the contract, and the
entries must be substrings of s as it is."""


def palindromic_substrings(s):
    s = s.lower()
    out = []
    for centre in range(2 * len(s) - 1):
        lo, hi = centre // 2, (centre + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            out.append(s[lo : hi + 1])
            lo -= 1
            hi += 1
    return out
