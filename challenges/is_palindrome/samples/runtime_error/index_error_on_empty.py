"""Reads word[0] before checking the length: IndexError on the empty string."""


def is_palindrome(word):
    if word[0] != word[-1]:
        return False
    return word == word[::-1]
