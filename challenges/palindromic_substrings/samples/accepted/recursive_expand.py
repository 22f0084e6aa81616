"""Plainly written and recursive: grows each centre by one call per palindrome found.
The recursion is as deep as the longest palindrome's radius, which is fine here."""
# complexity: O(n)
# complexity note: n centres plus the answer's total length, O(n) for perf.py's strings


def palindromic_substrings(s):
    found = []

    def grow(lo, hi):
        if lo < 0 or hi >= len(s) or s[lo] != s[hi]:
            return
        found.append(s[lo : hi + 1])
        grow(lo - 1, hi + 1)

    for i in range(len(s)):
        grow(i, i)
        grow(i, i + 1)
    return found
