"""Builds the reversed word by prepending: each `ch + rev` copies all of rev, so O(n^2)."""
# complexity: O(n^2)


def is_palindrome(word):
    rev = ""
    for ch in word:
        rev = ch + rev
    return rev == word
