"""Right palindromes, wrong type: a tuple, where a list is promised."""


def palindromic_substrings(s):
    found = []
    for centre in range(2 * len(s) - 1):
        lo, hi = centre // 2, (centre + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            found.append(s[lo : hi + 1])
            lo -= 1
            hi += 1
    return tuple(found)
