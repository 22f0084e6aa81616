"""Correct on short words, but recurses once per pair: a long word goes far past Python's
recursion limit (RecursionError). It also copies the word at every level (quadratic)."""


def is_palindrome(word):
    if len(word) < 2:
        return True
    return word[0] == word[-1] and is_palindrome(word[1:-1])
