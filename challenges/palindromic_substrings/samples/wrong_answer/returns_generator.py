"""Right palindromes, wrong type: a generator function, where a list is promised."""


def palindromic_substrings(s):
    for centre in range(2 * len(s) - 1):
        lo, hi = centre // 2, (centre + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            yield s[lo : hi + 1]
            lo -= 1
            hi += 1
