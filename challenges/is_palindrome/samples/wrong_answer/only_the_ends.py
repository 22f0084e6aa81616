"""Compares only the first and the last character."""


def is_palindrome(word):
    return word[:1] == word[-1:]
