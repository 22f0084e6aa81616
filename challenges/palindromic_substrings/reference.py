"""Expand around each centre: O(n + total length of the answer) time.

A palindrome is determined by its centre (a character for odd lengths, the gap between two
characters for even lengths) and its radius, and if it is a palindrome then so is every
shorter one around the same centre. So from each of the 2n - 1 centres we grow outwards and
stop at the first mismatch: every step of the loop finds one palindrome of the answer, and
each centre costs one failed step at most. The answer itself is what dominates when it is
large (a run of one letter of length n has n(n + 1) / 2 palindromic substrings), and no
solution that returns them all can do better than its size.
"""


def palindromic_substrings(s: str) -> list[str]:
    found = []
    n = len(s)
    # Centre c in 0 .. 2n - 2: even c is the character c // 2, odd c the gap after it.
    for centre in range(2 * n - 1):
        lo = centre // 2
        hi = lo + centre % 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            found.append(s[lo : hi + 1])  # one entry per (start, end) pair
            lo -= 1
            hi += 1
    return found
