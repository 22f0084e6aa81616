"""Decides that a single character has nothing to mirror, so is not a palindrome."""


def is_palindrome(word):
    if len(word) == 1:
        return False
    return word == word[::-1]
