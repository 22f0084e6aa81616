"""Right answer, wrong type: 1 or 0 where a bool is promised."""


def is_palindrome(word):
    return 1 if word == word[::-1] else 0
