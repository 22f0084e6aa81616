"""Folds case first, but the contract is case-sensitive: "Aa" is not a palindrome."""


def is_palindrome(word):
    word = word.lower()
    return word == word[::-1]
