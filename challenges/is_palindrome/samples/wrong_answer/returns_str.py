"""Right truthiness, wrong type: returns the word itself (or "") instead of True/False."""


def is_palindrome(word):
    return word == word[::-1] and word or ""
